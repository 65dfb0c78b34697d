import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/password-policy";
import { COUNTRIES } from "./sign-up-fields";

// The sign-up form as the server reads it: every FormData value is a string, an unticked
// checkbox is missing. Messages are German and shown next to their field.

export const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Bitte geben Sie ${label} an.` })
    .trim()
    .min(min, min <= 1 ? `Bitte geben Sie ${label} an.` : `Bitte geben Sie ${label} an (mindestens ${min} Zeichen).`)
    .max(max, `Höchstens ${max} Zeichen.`);

// The address, phone and e-mail rules are shared with the practice settings (lib/practices/).
export const postalCodeSchema = z
  .string({ error: "Bitte geben Sie die Postleitzahl an." })
  .trim()
  .regex(/^\d{4,5}$/, "Bitte geben Sie die Postleitzahl an (4 Ziffern in Österreich, 5 in Deutschland).");

export const phoneSchema = z
  .string({ error: "Bitte geben Sie eine Telefonnummer an." })
  .trim()
  .regex(/^\+?[0-9 ()/-]{6,30}$/, "Bitte geben Sie eine Telefonnummer an, z. B. 0711 123456 oder +43 1 234567.")
  .refine((phone) => phone.replace(/\D/g, "").length >= 6, "Die Telefonnummer ist zu kurz.");

export const emailSchema = (missing = "Bitte geben Sie Ihre E-Mail-Adresse an.") =>
  z
    .string({ error: missing })
    .trim()
    .toLowerCase()
    .max(254, "Die E-Mail-Adresse ist zu lang.")
    .pipe(z.email("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. praxis@beispiel.de."));

/** The German message when a postcode does not fit the country's format, else null. */
export function postalCodeProblem(countryCode: string, postalCode: string): string | null {
  const country = COUNTRIES.find((entry) => entry.code === countryCode);
  return country && !country.postalCode.test(postalCode) ? `Die Postleitzahl in ${country.label} ist ${country.postalCodeHint}.` : null;
}

const ticked = (message: string) => z.literal("on", { error: message });

export const signUpSchema = z
  .object({
    practiceName: text("den Namen Ihrer Praxis", 2, 120),
    contactName: text("eine Ansprechperson", 2, 120),
    street: text("Straße und Hausnummer", 3, 120),
    postalCode: postalCodeSchema,
    city: text("den Ort", 2, 80),
    country: z.enum(["DE", "AT"], { error: "Bitte wählen Sie Deutschland oder Österreich." }),
    phone: phoneSchema,
    email: emailSchema(),
    password: z
      .string({ error: "Bitte wählen Sie ein Passwort." })
      .min(MIN_PASSWORD_LENGTH, `Das Passwort braucht mindestens ${MIN_PASSWORD_LENGTH} Zeichen.`)
      .max(MAX_PASSWORD_LENGTH, `Das Passwort darf höchstens ${MAX_PASSWORD_LENGTH} Zeichen haben.`),
    acceptTerms: ticked("Bitte stimmen Sie unseren AGB zu."),
    acceptDataProcessing: ticked("Bitte schließen Sie den Auftragsverarbeitungsvertrag ab: Ohne ihn dürfen wir keine Patientendaten für Sie verarbeiten."),
  })
  // Runs once every field is well-formed (zod checks an object only then).
  .superRefine((form, context) => {
    const problem = postalCodeProblem(form.country, form.postalCode);
    if (problem) context.addIssue({ code: "custom", path: ["postalCode"], message: problem });
  });

export type SignUpInput = z.output<typeof signUpSchema>;
