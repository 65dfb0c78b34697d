import { describe, expect, it } from "vitest";
import { judgePassword } from "./password-policy";

describe("judgePassword", () => {
  it.each(["kurz", "123456789"])("refuses %s as too short", async (password) => {
    expect(await judgePassword(password)).toMatchObject({ ok: false, problem: expect.stringMatching(/mindestens 10 Zeichen/) });
  });

  it.each(["1234567890", "passwort123", "qwertzuiop", "Sommer2026!"])("refuses the common or guessable %s", async (password) => {
    expect(await judgePassword(password)).toMatchObject({ ok: false, problem: expect.stringMatching(/zu leicht zu erraten/) });
  });

  it("refuses a password made of the practice's own name", async () => {
    expect((await judgePassword("zahnarztpraxisberg", ["Zahnarztpraxis Berg", "info@praxis-berg.de"])).ok).toBe(false);
  });

  it("accepts a long random password", async () => {
    expect(await judgePassword("h7Kq-2mPz-Wx4a-9tRe")).toEqual({ ok: true, score: 4, problem: null });
  });
});
