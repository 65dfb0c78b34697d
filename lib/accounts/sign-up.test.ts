import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agreementAcceptances, apiKeys, auditLog, authTokens, practices, practiceSenders, users } from "../../db/schema";
import { FakeMailer } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { checkPassword } from "../auth/login";
import { DATA_PROCESSING_VERSION, TERMS_VERSION } from "../content/agreements";
import { createPractice } from "../practices/create-practice";
import { signUp, SIGN_UP_LIMIT } from "./sign-up";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-26T10:00:00Z");
const APP_URL = "https://app.praxisbote.test";
let ipCounter = 0;
const origin = () => ({ ip: `198.51.100.${++ipCounter}`, userAgent: "Firefox 133 · Windows" });

const form = (overrides: Record<string, string> = {}): Record<string, string> => ({
  practiceName: "Zahnarztpraxis Dr. Sonnenberg",
  contactName: "Dr. Anna Sonnenberg",
  street: "Lindenallee 12",
  postalCode: "70173",
  city: "Stuttgart",
  country: "DE",
  phone: "0711 1234567",
  email: "Empfang@Sonnenberg-Zahn.de",
  password: "Kieferbogen-Wolke-Tulpe-93",
  acceptTerms: "on",
  acceptDataProcessing: "on",
  website: "",
  ...overrides,
});

const deps = (mailer = new FakeMailer()) => ({ db: database.db, mailer, appUrl: APP_URL });
const count = async (table: typeof practices | typeof users | typeof apiKeys | typeof agreementAcceptances | typeof practiceSenders | typeof auditLog) =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;

describe("self sign-up", () => {
  it("creates practice, main user, key, agreements, sender name and a confirmation link, and sends the welcome e-mail", async () => {
    const mailer = new FakeMailer();
    const outcome = await signUp(deps(mailer), form(), { ip: "203.0.113.7", userAgent: null }, t0);
    expect(outcome).toEqual({ kind: "sent", email: "empfang@sonnenberg-zahn.de", trialEndsAt: new Date("2026-12-31T23:00:00Z") });

    const [practice] = await database.db.select().from(practices);
    expect(practice).toMatchObject({
      name: "Zahnarztpraxis Dr. Sonnenberg",
      street: "Lindenallee 12",
      postalCode: "70173",
      city: "Stuttgart",
      country: "DE",
      contactName: "Dr. Anna Sonnenberg",
      contactPhone: "0711 1234567",
      contactEmail: "empfang@sonnenberg-zahn.de",
      emailConfirmedAt: null,
      defaultSender: "Sonnenberg",
      trialEndsAt: new Date("2026-12-31T23:00:00Z"),
    });
    const [user] = await database.db.select().from(users);
    expect(user).toMatchObject({ practiceId: practice.id, role: "main", email: "empfang@sonnenberg-zahn.de", emailConfirmedAt: null });
    expect(await count(apiKeys)).toBe(1);
    expect(await database.db.select({ value: practiceSenders.value }).from(practiceSenders)).toEqual([{ value: "Sonnenberg" }]);

    const accepted = await database.db.select().from(agreementAcceptances).orderBy(agreementAcceptances.document);
    expect(accepted.map(({ document, version, ip, userId, acceptedAt }) => ({ document, version, ip, userId, acceptedAt }))).toEqual([
      { document: "terms", version: TERMS_VERSION, ip: "203.0.113.7", userId: user.id, acceptedAt: t0 },
      { document: "data_processing", version: DATA_PROCESSING_VERSION, ip: "203.0.113.7", userId: user.id, acceptedAt: t0 },
    ]);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.action, "practice.signed_up"));
    expect(audit).toMatchObject({ practiceId: practice.id, actorUserId: user.id, ip: "203.0.113.7" });

    const [token] = await database.db.select().from(authTokens).where(eq(authTokens.purpose, "email_confirmation"));
    expect(token).toMatchObject({ userId: user.id, practiceId: practice.id, usedAt: null, expiresAt: new Date(t0.getTime() + 48 * 3600_000) });

    expect(mailer.sent).toHaveLength(1);
    const [mail] = mailer.sent;
    expect(mail.to).toBe("empfang@sonnenberg-zahn.de");
    const link = mail.text.match(/https:\/\/app\.praxisbote\.test\/bestaetigen\?token=([A-Za-z0-9_-]+)/);
    expect(link).not.toBeNull();
    expect(token.tokenHash).not.toContain(link![1]);
    expect(mail.text).toContain(`${APP_URL}/api/v1`);
    expect(mail.text).toContain("„Sonnenberg“");
    expect(mail.text).toContain("31.12.2026");
    expect(mail.html).toContain("E-Mail-Adresse bestätigen");

    // The practice can log in before confirming.
    expect((await checkPassword(database.db, "empfang@sonnenberg-zahn.de", "Kieferbogen-Wolke-Tulpe-93", origin(), t0)).kind).toBe("signed-in");
  });

  it("creates nothing when a step inside the transaction fails", async () => {
    await database.db.execute(sql.raw(`alter table agreement_acceptances add constraint refuse_for_test check (document <> 'data_processing')`));
    const mailer = new FakeMailer();
    try {
      await expect(signUp(deps(mailer), form(), origin(), t0)).rejects.toThrow();
    } finally {
      await database.db.execute(sql.raw(`alter table agreement_acceptances drop constraint refuse_for_test`));
    }
    for (const table of [practices, users, apiKeys, agreementAcceptances, practiceSenders, auditLog] as const) expect(await count(table)).toBe(0);
    expect(mailer.sent).toHaveLength(0);
  });

  it("answers a known address exactly like a new one, sends the already-registered e-mail and creates nothing", async () => {
    await createPractice(database.db, { name: "Praxis Alt", email: "empfang@sonnenberg-zahn.de" });
    const before = { practices: await count(practices), keys: await count(apiKeys) };
    const mailer = new FakeMailer();
    const outcome = await signUp(deps(mailer), form({ email: " EMPFANG@sonnenberg-zahn.de " }), origin(), t0);
    expect(outcome).toEqual({ kind: "sent", email: "empfang@sonnenberg-zahn.de", trialEndsAt: new Date("2026-12-31T23:00:00Z") });
    expect({ practices: await count(practices), keys: await count(apiKeys) }).toEqual(before);
    expect(await count(agreementAcceptances)).toBe(0);
    expect(await count(practiceSenders)).toBe(0);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0].subject).toBe("Sie haben bereits einen Zugang bei Praxisbote");
    expect(mailer.sent[0].text).toContain("Sie haben bereits einen Zugang");
    expect(mailer.sent[0].text).toContain(`${APP_URL}/passwort-vergessen`);
    expect(mailer.sent[0].text).not.toContain("bestaetigen");
  });

  it("gives a filled honeypot the usual answer and creates and sends nothing", async () => {
    const mailer = new FakeMailer();
    const outcome = await signUp(deps(mailer), form({ website: "https://spam.example" }), origin(), t0);
    expect(outcome).toEqual({ kind: "sent", email: "empfang@sonnenberg-zahn.de", trialEndsAt: new Date("2026-12-31T23:00:00Z") });
    expect(await count(practices)).toBe(0);
    expect(mailer.sent).toHaveLength(0);
  });

  it(`allows ${SIGN_UP_LIMIT.perIp} sign-ups an hour from one IP`, async () => {
    const ip = { ip: "192.0.2.99", userAgent: null };
    for (let n = 1; n <= SIGN_UP_LIMIT.perIp; n++) {
      const outcome = await signUp(deps(), form({ email: `praxis${n}@example.de`, practiceName: `Praxis Nummer ${n}` }), ip, t0);
      expect(outcome.kind).toBe("sent");
    }
    expect(await signUp(deps(), form({ email: "praxis6@example.de" }), ip, t0)).toEqual({ kind: "rate-limited" });
    expect(await count(practices)).toBe(SIGN_UP_LIMIT.perIp);
    // Another IP, or the next hour, may sign up again.
    expect((await signUp(deps(), form({ email: "praxis7@example.de" }), origin(), t0)).kind).toBe("sent");
    expect((await signUp(deps(), form({ email: "praxis8@example.de" }), ip, new Date(t0.getTime() + SIGN_UP_LIMIT.windowMs))).kind).toBe("sent");
  });

  it("refuses missing ticks, a postcode of the other country and a guessable password, field by field", async () => {
    const outcome = await signUp(deps(), form({ acceptTerms: "", acceptDataProcessing: undefined as unknown as string, country: "AT", postalCode: "70173", email: "kein-at" }), origin(), t0);
    expect(outcome.kind).toBe("invalid");
    const errors = outcome.kind === "invalid" ? outcome.fieldErrors : {};
    expect(Object.keys(errors).sort()).toEqual(["acceptDataProcessing", "acceptTerms", "email"]);
    expect(errors.acceptDataProcessing).toMatch(/Auftragsverarbeitungsvertrag/);

    const austria = await signUp(deps(), form({ country: "AT", postalCode: "70173" }), origin(), t0);
    expect(austria).toEqual({ kind: "invalid", fieldErrors: { postalCode: "Die Postleitzahl in Österreich ist vierstellig." } });

    const weak = await signUp(deps(), form({ password: "sonnenberg2026" }), origin(), t0);
    expect(weak.kind === "invalid" && weak.fieldErrors.password).toMatch(/zu leicht zu erraten/);
    expect(await count(practices)).toBe(0);
  });

  it("signs up without a sender name when another practice has it", async () => {
    await signUp(deps(), form({ email: "a@sonnenberg.de" }), origin(), t0);
    await signUp(deps(), form({ email: "b@sonnenberg.de", practiceName: "Praxis Sonnenberg" }), origin(), t0);
    const rows = await database.db.select({ email: practices.contactEmail, sender: practices.defaultSender }).from(practices).orderBy(practices.contactEmail);
    expect(rows).toEqual([
      { email: "a@sonnenberg.de", sender: "Sonnenberg" },
      { email: "b@sonnenberg.de", sender: null },
    ]);
  });
});
