import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, auditLog, practices, users } from "../../db/schema";
import { FakeMailer } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { authenticate } from "../api/authenticate";
import { redeemLoginTicket } from "../auth/login";
import { confirmEmail, inspectConfirmationLink, RESEND_LIMIT, resendConfirmation } from "./email-confirmation";
import { signUp } from "./sign-up";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-26T10:00:00Z");
const hours = (h: number) => new Date(t0.getTime() + h * 3600_000);
const origin = { ip: "203.0.113.9", userAgent: null };

async function signedUp(email = "team@praxis-linde.de") {
  const mailer = new FakeMailer();
  const deps = { db: database.db, mailer, appUrl: "http://localhost:3000" };
  await signUp(
    deps,
    {
      practiceName: "Praxis an der Linde",
      contactName: "Jonas Linde",
      street: "Hauptstraße 3",
      postalCode: "1010",
      city: "Wien",
      country: "AT",
      phone: "+43 1 234567",
      email,
      password: "Zahnseide-Horizont-Ampel-51",
      acceptTerms: "on",
      acceptDataProcessing: "on",
    },
    { ip: `192.0.2.${Math.floor(Math.random() * 200)}`, userAgent: null },
    t0,
  );
  const [user] = await database.db.select().from(users).where(eq(users.email, email));
  return { deps, mailer, user, token: linkToken(mailer) };
}

const linkToken = (mailer: FakeMailer) => mailer.sent.at(-1)!.text.match(/bestaetigen\?token=([A-Za-z0-9_-]+)/)![1];
const keyWorks = async (key: string) =>
  authenticate(database.db, new Request("http://test.local", { headers: { authorization: `Bearer ${key}` } }), 1000).then(
    ({ caller }) => caller,
    () => null,
  );

describe("confirming the sign-up address", () => {
  it("confirms user and practice once, logs in, and shows the API key this once", async () => {
    const { user, token } = await signedUp();
    expect(await inspectConfirmationLink(database.db, token, hours(1))).toBe("valid");

    const outcome = await confirmEmail(database.db, token, origin, hours(1));
    expect(outcome.kind).toBe("confirmed");
    if (outcome.kind !== "confirmed") return;
    expect(outcome.trialEndsAt).toEqual(new Date("2026-12-31T23:00:00Z"));
    const [practice] = await database.db.select().from(practices);
    expect(practice.emailConfirmedAt).toEqual(hours(1));
    expect((await database.db.select().from(users).where(eq(users.id, user.id)))[0].emailConfirmedAt).toEqual(hours(1));
    const actions = (await database.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(["email.confirmed", "api_key.created", "login.succeeded"]));

    expect(outcome.apiKey).toMatch(/^pb_live_/);
    const caller = await keyWorks(outcome.apiKey!);
    expect(caller?.practice).toMatchObject({ id: practice.id, country: "AT", emailConfirmed: true });
    expect(await database.db.select().from(apiKeys)).toHaveLength(1);
    expect(await redeemLoginTicket(database.db, outcome.loginTicket!, hours(1))).toMatchObject({ id: user.id });

    expect(await inspectConfirmationLink(database.db, token, hours(2))).toBe("used");
    expect(await confirmEmail(database.db, token, origin, hours(2))).toEqual({ kind: "used" });
  });

  it("refuses a link after 48 hours and an unknown one, and says which", async () => {
    const { token } = await signedUp();
    expect(await confirmEmail(database.db, token, origin, hours(48))).toEqual({ kind: "expired" });
    expect(await confirmEmail(database.db, "A".repeat(43), origin, hours(1))).toEqual({ kind: "unknown" });
    expect(await confirmEmail(database.db, "<script>", origin, hours(1))).toEqual({ kind: "unknown" });
    expect((await database.db.select().from(practices))[0].emailConfirmedAt).toBeNull();
  });

  it("sends a new link on request, which ends the old one, within a limit", async () => {
    const { deps, mailer, user, token: first } = await signedUp();
    expect(await resendConfirmation(deps, user.id, hours(1))).toEqual({ kind: "sent" });
    const second = linkToken(mailer);
    expect(second).not.toBe(first);
    expect(mailer.sent.at(-1)!.subject).toBe("Ihr neuer Bestätigungslink für Praxisbote");
    expect(await inspectConfirmationLink(database.db, first, hours(1))).toBe("used");
    for (let n = 2; n <= RESEND_LIMIT.perUser; n++) expect((await resendConfirmation(deps, user.id, hours(1))).kind).toBe("sent");
    expect(await resendConfirmation(deps, user.id, hours(1))).toEqual({ kind: "rate-limited" });

    expect((await confirmEmail(database.db, linkToken(mailer), origin, hours(1))).kind).toBe("confirmed");
    expect(await resendConfirmation(deps, user.id, hours(3))).toEqual({ kind: "already-confirmed" });
  });

  it("never replaces a key after the first confirmation, and leaves two-factor users to log in with their code", async () => {
    const { deps, mailer, user, token } = await signedUp();
    const first = await confirmEmail(database.db, token, origin, hours(1));
    await database.db.update(users).set({ emailConfirmedAt: null, totpEnabledAt: hours(1) }).where(eq(users.id, user.id));
    await resendConfirmation(deps, user.id, hours(2));
    const again = await confirmEmail(database.db, linkToken(mailer), origin, hours(2));
    expect(again).toMatchObject({ kind: "confirmed", apiKey: null, loginTicket: null });
    expect(first.kind === "confirmed" && (await keyWorks(first.apiKey!))).toBeTruthy();
  });
});
