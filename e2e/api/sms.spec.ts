import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { apiPractice, mobile, type ApiPractice } from "../support/api-practice";

// Without a PostgreSQL server all tests share the embedded server's demo practice, so they
// run one after another there: "nothing stored" must not see another test's message.
test.describe.configure({ mode: process.env.TEST_DATABASE_URL ? "parallel" : "serial" });

let practice: ApiPractice;
let api: APIRequestContext;

test.beforeAll(async () => {
  practice = await apiPractice();
  api = await playwrightRequest.newContext({ baseURL: practice.baseURL, extraHTTPHeaders: { Authorization: `Bearer ${practice.apiKey}` } });
});
test.afterAll(() => api.dispose());

async function waitForStatus(id: string, status: string, timeoutMs = 15_000) {
  await expect
    .poll(async () => (await (await api.get(`/api/v1/sms/${id}`)).json()).status, { timeout: timeoutMs, intervals: [200] })
    .toBe(status);
  return (await api.get(`/api/v1/sms/${id}`)).json();
}

async function countMessages(): Promise<number> {
  let total = 0;
  let cursor: string | null = null;
  do {
    const page: { data: unknown[]; nextCursor: string | null } = await (
      await api.get(`/api/v1/sms?limit=500${cursor ? `&cursor=${cursor}` : ""}`)
    ).json();
    total += page.data.length;
    cursor = page.nextCursor;
  } while (cursor);
  return total;
}

test.describe("key check", () => {
  test("confirms a valid key with either header and refuses others", async () => {
    const response = await api.get("/api/v1/key-check");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ valid: true, practice: { id: practice.practiceId }, location: null });

    const anonymous = await playwrightRequest.newContext({ baseURL: practice.baseURL });
    expect((await anonymous.get("/api/v1/key-check", { headers: { "X-Api-Key": practice.apiKey } })).status()).toBe(200);
    const wrong: Record<string, string>[] = [{}, { Authorization: "Bearer pb_live_nope" }, { "X-Api-Key": "" }];
    for (const headers of wrong) {
      const refused = await anonymous.get("/api/v1/key-check", { headers });
      expect(refused.status()).toBe(401);
      expect((await refused.json()).error.code).toBe("invalid_api_key");
    }
    await anonymous.dispose();
  });
});

test.describe("sending through the simulator", () => {
  test("accepts a message, counts it with the engine and delivers it", async () => {
    const to = mobile("00");
    const response = await api.post("/api/v1/sms", { data: { to, from: practice.sender, text: "Ihr Termin: Mo 10 Uhr, 25 € – bis dann!", reference: "termin-1" } });
    expect(response.status()).toBe(202);
    const sms = await response.json();
    expect(response.headers()["location"]).toBe(`/api/v1/sms/${sms.id}`);
    expect(sms).toMatchObject({ status: "pending", to, from: practice.sender, encoding: "UCS-2", characters: 39, segments: 1, reference: "termin-1", location: null });
    expect(sms.price).toEqual({ amount: "0.08", currency: "EUR" });
    const delivered = await waitForStatus(sms.id, "delivered");
    expect(delivered.history.map((event: { status: string }) => event.status)).toEqual(["pending", "queued", "sent", "delivered"]);
    expect(delivered.history.at(-1).carrierStatus).toBe("DELIVRD");
  });

  test("accepts a form-encoded request from an older PVS", async () => {
    const response = await api.post("/api/v1/sms", { form: { to: mobile("00"), from: "+4912341234567", text: "Bitte an die Versichertenkarte denken." } });
    expect(response.status()).toBe(202);
    expect((await response.json()).from).toBe("+4912341234567");
  });

  test("reports an invalid number as undelivered and survives duplicate, out-of-order reports", async () => {
    const invalid = await (await api.post("/api/v1/sms", { data: { to: mobile("02"), from: practice.sender, text: "Test" } })).json();
    expect((await waitForStatus(invalid.id, "undelivered")).statusReason).toContain("UNDELIV");

    const shuffled = await (await api.post("/api/v1/sms", { data: { to: mobile("05"), from: practice.sender, text: "Test" } })).json();
    await waitForStatus(shuffled.id, "delivered");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const after = await (await api.get(`/api/v1/sms/${shuffled.id}`)).json();
    expect(after.status).toBe("delivered");
    expect(after.history.filter((event: { status: string }) => event.status === "delivered")).toHaveLength(1);
  });

  test("retries temporary carrier errors and sends once", async () => {
    const sms = await (await api.post("/api/v1/sms", { data: { to: mobile("04"), from: practice.sender, text: "Test" } })).json();
    const delivered = await waitForStatus(sms.id, "delivered", 40_000);
    expect(delivered.history.filter((event: { status: string }) => event.status === "sent")).toHaveLength(1);
  });

  test("forwards a patient's reply to the practice by e-mail", async () => {
    const to = mobile("06");
    const sms = await (await api.post("/api/v1/sms", { data: { to, from: "+4915112345600", text: "Termin morgen 9 Uhr" } })).json();
    await waitForStatus(sms.id, "delivered");
    await expect
      .poll(
        () => {
          try {
            return readdirSync(practice.mailbox).some((file) =>
              readFileSync(path.join(practice.mailbox, file), "utf8").includes(`SMS-Antwort von ${to}`),
            );
          } catch {
            return false;
          }
        },
        { timeout: 15_000 },
      )
      .toBe(true);
  });
});

test.describe("replies for the PVS", () => {
  test("lists a patient's reply with the message and reference it answers", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const reference = `termin-${Date.now()}`;
    const to = mobile("06");
    const sms = await (await api.post("/api/v1/sms", { data: { to, from: "+4915112345600", text: "Termin morgen 9 Uhr", reference } })).json();
    const replies = async () =>
      (await (await api.get(`/api/v1/replies?since=${encodeURIComponent(since)}`)).json()) as {
        data: { from: string; text: string; receivedAt: string; inReplyTo: { id: string; reference: string | null } | null }[];
        nextCursor: string | null;
      };
    await expect.poll(async () => (await replies()).data.find((reply) => reply.inReplyTo?.id === sms.id), { timeout: 20_000, intervals: [300] }).toBeTruthy();
    const reply = (await replies()).data.find((r) => r.inReplyTo?.id === sms.id)!;
    expect(reply).toMatchObject({ from: to, inReplyTo: { id: sms.id, reference } });
    expect(reply.text.length).toBeGreaterThan(0);
  });

  test("refuses a filter the list does not have", async () => {
    const response = await api.get("/api/v1/replies?status=delivered");
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_request", field: "status" });
  });
});

test.describe("senders", () => {
  test("refuses a sender the practice has not registered, says how to register it, and stores nothing", async () => {
    const before = await countMessages();
    for (const from of ["Fremdname", "+4915199999999"]) {
      const response = await api.post("/api/v1/sms", { data: { to: mobile("00"), from, text: "Ihr Termin morgen um 10 Uhr." } });
      expect(response.status(), from).toBe(400);
      expect((await response.json()).error, from).toMatchObject({ code: "sender_not_allowed", field: "from", message: expect.stringContaining("registrieren") });
    }
    const batch = await (await api.post("/api/v1/sms/batch", { data: { messages: [{ to: mobile("00"), from: "Fremdname", text: "x" }] } })).json();
    expect(batch).toMatchObject({ accepted: 0, rejected: 1, results: [{ status: 400, error: { code: "sender_not_allowed" } }] });
    expect(await countMessages()).toBe(before);
  });

  test("sends from the practice's own name in any case, as registered", async () => {
    const response = await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender.toLowerCase(), text: "Ihr Termin morgen um 10 Uhr." } });
    expect(response.status()).toBe(202);
    expect((await response.json()).from).toBe(practice.sender);
  });
});

test.describe("scheduling and cancelling", () => {
  test("cancels a scheduled message once, and not after hand-over", async () => {
    const scheduled = await (
      await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "Morgen", sendAt: new Date(Date.now() + 86_400_000).toISOString() } })
    ).json();
    expect(scheduled.status).toBe("pending");
    const cancelled = await api.delete(`/api/v1/sms/${scheduled.id}`);
    expect(cancelled.status()).toBe(200);
    expect((await cancelled.json()).status).toBe("cancelled");
    const again = await api.delete(`/api/v1/sms/${scheduled.id}`);
    expect(again.status()).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: "not_cancellable", message: expect.stringContaining("schon gelöscht") });

    const now = await (await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "Jetzt" } })).json();
    await waitForStatus(now.id, "delivered");
    const late = await api.delete(`/api/v1/sms/${now.id}`);
    expect(late.status()).toBe(409);
    expect((await late.json()).error.message).toContain("schon an den Netzbetreiber übergeben");
  });

  test("answers 404 for unknown ids and ids that are not ids", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "abc", "1%27%20or%201=1"]) {
      const response = await api.get(`/api/v1/sms/${id}`);
      expect(response.status()).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
      expect((await api.delete(`/api/v1/sms/${id}`)).status()).toBe(404);
    }
  });
});

test.describe("idempotency", () => {
  test("20 concurrent identical requests create one message; another body with the key conflicts", async () => {
    const key = `termin-${Date.now()}`;
    const data = { to: mobile("00"), from: practice.sender, text: "Einmal bitte" };
    const responses = await Promise.all(Array.from({ length: 20 }, () => api.post("/api/v1/sms", { data, headers: { "Idempotency-Key": key } })));
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(responses.map((response) => response.status())).toEqual(Array(20).fill(202));
    expect(new Set(bodies.map((body) => body.id)).size).toBe(1);
    expect(responses.filter((response) => response.headers()["idempotent-replayed"] === "true")).toHaveLength(19);

    const conflict = await api.post("/api/v1/sms", { data: { ...data, text: "Anders" }, headers: { "Idempotency-Key": key } });
    expect(conflict.status()).toBe(409);
    expect((await conflict.json()).error.code).toBe("idempotency_conflict");
  });

  test("a replay after the practice cancelled answers cancelled, at no charge", async () => {
    const key = `recall-${Date.now()}`;
    const data = { to: mobile("00"), from: practice.sender, text: "Termin verschoben", sendAt: new Date(Date.now() + 86_400_000).toISOString() };
    const created = await (await api.post("/api/v1/sms", { data, headers: { "Idempotency-Key": key } })).json();
    expect(created).toMatchObject({ status: "pending", price: { amount: expect.not.stringMatching(/^0\.00$/) } });
    expect((await api.delete(`/api/v1/sms/${created.id}`)).status()).toBe(200);

    const replay = await api.post("/api/v1/sms", { data, headers: { "Idempotency-Key": key } });
    expect(replay.status()).toBe(202);
    expect(replay.headers()["idempotent-replayed"]).toBe("true");
    expect(await replay.json()).toMatchObject({ id: created.id, status: "cancelled", price: { amount: "0.00" } });
  });
});

const FORM = "application/x-www-form-urlencoded";

test.describe("hostile input", () => {
  const cases: [string, () => Promise<import("@playwright/test").APIResponse>, number, string][] = [
    ["wrong type for to", () => api.post("/api/v1/sms", { data: { to: 4917612345678, from: "P", text: "x" } }), 400, "invalid_request"],
    ["array for text", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", from: practice.sender, text: ["a"] } }), 400, "invalid_request"],
    ["missing text", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", from: practice.sender } }), 400, "missing_parameter"],
    ["missing sender without default", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", text: "x" } }), 400, "missing_parameter"],
    ["601 characters", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", from: practice.sender, text: "a".repeat(601) } }), 400, "text_too_long"],
    ["control characters", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", from: practice.sender, text: "a\u0000b" } }), 400, "invalid_request"],
    ["letters in the number", () => api.post("/api/v1/sms", { data: { to: "0176ABC45678", from: practice.sender, text: "x" } }), 400, "invalid_recipient"],
    ["landline", () => api.post("/api/v1/sms", { data: { to: "+4930123456", from: practice.sender, text: "x" } }), 400, "invalid_recipient"],
    ["sender too long", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", from: "Zahnarztpraxis", text: "x" } }), 400, "invalid_sender"],
    ["sendAt without zone", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", from: practice.sender, text: "x", sendAt: "2027-01-01 10:00" } }), 400, "invalid_send_at"],
    ["sendAt too far ahead", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", from: practice.sender, text: "x", sendAt: "2099-01-01T10:00:00Z" } }), 400, "invalid_send_at"],
    ["malformed JSON", () => api.post("/api/v1/sms", { headers: { "Content-Type": "application/json" }, data: "{\"to\": " }), 400, "invalid_request"],
    ["invalid UTF-8", () => api.post("/api/v1/sms", { headers: { "Content-Type": "application/json" }, data: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }), 400, "invalid_encoding"],
    ["Latin-1 form without charset", () => api.post("/api/v1/sms", { headers: { "Content-Type": FORM }, data: Buffer.from("to=%2B4917612345678&from=Praxis&text=Gr%FC%DFe") }), 400, "invalid_encoding"],
    ["raw Latin-1 JSON without charset", () => api.post("/api/v1/sms", { headers: { "Content-Type": "application/json" }, data: Buffer.from('{"to":"+4917612345678","from":"Praxis","text":"Gr\u00fc\u00dfe"}', "latin1") }), 400, "invalid_encoding"],
    ["byte windows-1252 does not have", () => api.post("/api/v1/sms", { headers: { "Content-Type": `${FORM}; charset=windows-1252` }, data: Buffer.from("to=%2B4917612345678&from=Praxis&text=a%81b") }), 400, "invalid_encoding"],
    ["non-ASCII declared US-ASCII", () => api.post("/api/v1/sms", { headers: { "Content-Type": `${FORM}; charset=us-ascii` }, data: Buffer.from("to=%2B4917612345678&from=Praxis&text=Gr%FCn") }), 400, "invalid_encoding"],
    ["unknown charset", () => api.post("/api/v1/sms", { headers: { "Content-Type": "application/json; charset=utf-16" }, data: Buffer.from('{"text":"x"}', "utf16le") }), 415, "unsupported_media_type"],
    ["unknown query parameter", () => api.get("/api/v1/sms?referenz=termin-1"), 400, "invalid_request"],
    ["since with an unencoded plus", () => api.get("/api/v1/sms?since=2026-11-27T09:00:00+01:00"), 400, "invalid_request"],
    ["plain text body", () => api.post("/api/v1/sms", { headers: { "Content-Type": "text/plain" }, data: "to=1" }), 415, "unsupported_media_type"],
    ["10 MB body", () => api.post("/api/v1/sms", { headers: { "Content-Type": "application/json" }, data: `{"text":"${"a".repeat(10 * 1024 * 1024)}"}` }), 413, "payload_too_large"],
    ["unknown location", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", from: practice.sender, text: "x", location: "nirgendwo" } }), 400, "invalid_location"],
    ["bad cursor", () => api.get("/api/v1/sms?cursor=kaputt"), 400, "invalid_request"],
    ["bad status filter", () => api.get("/api/v1/sms?status=gelesen"), 400, "invalid_request"],
    ["since in year 0", () => api.get("/api/v1/sms?since=0000-01-01T00:00:00Z"), 400, "invalid_request"],
    ["cursor far in the future", () => api.get(`/api/v1/sms?cursor=${Buffer.from(JSON.stringify([8.64e15, "00000000-0000-4000-8000-000000000000"])).toString("base64url")}`), 400, "invalid_request"],
    ["cursor with a dash id", () => api.get(`/api/v1/sms?cursor=${Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", "-".repeat(36)])).toString("base64url")}`), 400, "invalid_request"],
    ["NUL in reference", () => api.post("/api/v1/sms", { data: { to: "+4917612345678", from: practice.sender, text: "x", reference: "a\u0000b" } }), 400, "invalid_request"],
  ];

  test("every case gets its 4xx code, and nothing is stored", async () => {
    const before = await countMessages();
    for (const [name, send, status, code] of cases) {
      const response = await send();
      expect(response.status(), name).toBe(status);
      const body = await response.json();
      expect(body.error.code, name).toBe(code);
      expect(body.error.message, name).toMatch(/\S/);
    }
    expect(await countMessages()).toBe(before);
  });

  test("SQL and HTML in the text are stored as text", async () => {
    const text = "<b>Termin</b> '; drop table messages; --";
    const sms = await (await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text } })).json();
    expect((await (await api.get(`/api/v1/sms/${sms.id}`)).json()).text).toBe(text);
  });
});

test.describe("charsets of older PVS", () => {
  const sent = async (body: Buffer, contentType: string) => {
    const response = await api.post("/api/v1/sms", { headers: { "Content-Type": contentType }, data: body });
    expect(response.status(), await response.text()).toBe(202);
    return (await (await api.get(`/api/v1/sms/${(await response.json()).id}`)).json()).text as string;
  };
  const form = (text: string) => Buffer.from(`to=%2B${mobile("00").slice(1)}&from=${practice.sender}&text=${text}`);

  test("stores what a Latin-1, windows-1252 or mislabelled UTF-8 body meant", async () => {
    expect(await sent(form("Gr%FC%DFe+aus+K%F6ln"), `${FORM}; charset=ISO-8859-1`)).toBe("Grüße aus Köln");
    expect(await sent(form("%84Termin%93+25+%80"), `${FORM}; charset=windows-1252`)).toBe("„Termin“ 25 €");
    expect(await sent(form("%84Termin%93+25+%80"), `${FORM}; charset=iso-8859-1`)).toBe("„Termin“ 25 €");
    expect(await sent(form("Gr%C3%BC%C3%9Fe"), `${FORM}; charset=ISO-8859-1`)).toBe("Grüße");
    const latin1Json = Buffer.from(`{"to":"${mobile("00")}","from":"${practice.sender}","text":"Gr\u00fc\u00dfe"}`, "latin1");
    expect(await sent(latin1Json, "application/json; charset=latin1")).toBe("Grüße");
  });
});

test.describe("answers that tell the truth", () => {
  test("every answer carries X-Request-Id, echoed when valid and named in error messages", async () => {
    const ok = await api.get("/api/v1/key-check", { headers: { "X-Request-Id": "pvs-e2e-1" } });
    expect(ok.headers()["x-request-id"]).toBe("pvs-e2e-1");
    const refused = await api.get("/api/v1/sms?status=gelesen", { headers: { "X-Request-Id": "mit leerzeichen" } });
    const id = refused.headers()["x-request-id"];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await refused.json()).error.message).toContain(`Fehler-ID: ${id}`);
  });

  test("a method a route does not have is a JSON 405 with Allow", async () => {
    const response = await api.put("/api/v1/sms", { data: {} });
    expect(response.status()).toBe(405);
    expect(response.headers()["allow"]).toContain("POST");
    expect(response.headers()["x-request-id"]).toBeTruthy();
    expect((await response.json()).error.code).toBe("method_not_allowed");
    expect((await api.get("/api/v1/sms/batch")).status()).toBe(405);
  });

  test("finds an appointment's messages by reference", async () => {
    const reference = `termin-${Date.now()}`;
    const ids = [];
    for (const text of ["Erinnerung 1", "Erinnerung 2"]) {
      ids.push((await (await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text, reference, sendAt: new Date(Date.now() + 86_400_000).toISOString() } })).json()).id);
    }
    await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "Andere", reference: `${reference}0` } });
    const page = await (await api.get(`/api/v1/sms?reference=${encodeURIComponent(reference)}`)).json();
    expect(page.data.map((sms: { id: string }) => sms.id).sort()).toEqual(ids.sort());
  });
});

test.describe("batch", () => {
  test("accepts the good items and answers each bad one on its own", async () => {
    const response = await api.post("/api/v1/sms/batch", {
      data: {
        messages: [
          { to: mobile("00"), from: practice.sender, text: "Recall 1" },
          { to: "+4930123456", from: practice.sender, text: "Festnetz" },
          { to: mobile("00"), from: practice.sender, text: "Recall 2", sendAt: new Date(Date.now() + 3_600_000).toISOString() },
          "kaputt",
        ],
      },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ accepted: 2, rejected: 2 });
    expect(body.results.map((result: { status: number }) => result.status)).toEqual([202, 400, 202, 400]);
    expect(body.results[1].error.code).toBe("invalid_recipient");
    expect((await api.get(`/api/v1/sms/${body.results[0].sms.id}`)).status()).toBe(200);
  });

  test("refuses more than 1,000 messages", async () => {
    const messages = Array.from({ length: 1001 }, () => ({ to: "+4917612345678", from: practice.sender, text: "x" }));
    const response = await api.post("/api/v1/sms/batch", { data: { messages } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.field).toBe("messages");
  });
});

test.describe("listing for synchronisation", () => {
  test("pages through everything changed since a time, in order", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const ids = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await (await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: `Liste ${i}`, sendAt: new Date(Date.now() + 86_400_000).toISOString() } })).json()).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { id: string }[]; nextCursor: string | null } = await (
        await api.get(`/api/v1/sms?status=pending&limit=2&since=${encodeURIComponent(since)}${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      seen.push(...page.data.map((sms) => sms.id));
      cursor = page.nextCursor;
    } while (cursor);
    for (const id of ids) expect(seen).toContain(id);
    expect(new Set(seen).size).toBe(seen.length);
  });

  test("offers a next page only when there is one", async () => {
    // Exactly now: the messages of the test before must not count.
    const since = new Date().toISOString();
    for (let i = 0; i < 2; i++) {
      await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: `Seite ${i}`, sendAt: new Date(Date.now() + 86_400_000).toISOString() } });
    }
    const list = async (query: string) => (await (await api.get(`/api/v1/sms?status=pending&since=${encodeURIComponent(since)}&${query}`)).json()) as { data: unknown[]; nextCursor: string | null };
    const whole = await list("limit=2");
    expect(whole.data).toHaveLength(2);
    expect(whole.nextCursor).toBeNull();
    const first = await list("limit=1");
    expect(first.nextCursor).not.toBeNull();
    const second = await list(`limit=1&cursor=${first.nextCursor}`);
    expect(second.data).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });
});

test.describe("limits (PostgreSQL server only)", () => {
  test.skip(!process.env.TEST_DATABASE_URL, "needs direct access to the server's database");

  test("answers 429 with Retry-After past the key's rate", async () => {
    const fresh = await apiPractice();
    await fresh.sql!("update api_keys set requests_per_minute = 3 where practice_id = $1", [fresh.practiceId]);
    const freshApi = await playwrightRequest.newContext({ baseURL: fresh.baseURL, extraHTTPHeaders: { Authorization: `Bearer ${fresh.apiKey}` } });
    // The limit counts per fixed minute: start well inside one, so that all four requests share it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await freshApi.get("/api/v1/key-check"));
    expect(statuses.slice(0, 3).map((r) => r.status())).toEqual([200, 200, 200]);
    expect(statuses[3].status()).toBe(429);
    expect(Number(statuses[3].headers()["retry-after"])).toBeGreaterThan(0);
    expect((await statuses[3].json()).error.code).toBe("throughput_exceeded");
    expect(statuses[0].headers()["x-ratelimit-limit"]).toBe("3");
    await freshApi.dispose();
  });

  test("answers 402 when the monthly limit is reached, and stores nothing", async () => {
    await practice.sql!("update practices set monthly_part_limit = 0 where id = $1", [practice.practiceId]);
    const before = await countMessages();
    const response = await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "x" } });
    expect(response.status()).toBe(402);
    expect((await response.json()).error.code).toBe("monthly_limit_reached");
    expect(await countMessages()).toBe(before);
    await practice.sql!("update practices set monthly_part_limit = null where id = $1", [practice.practiceId]);
  });

  test("refuses another practice's sender name", async () => {
    const other = await apiPractice();
    const response = await api.post("/api/v1/sms", { data: { to: mobile("00"), from: other.sender.toUpperCase(), text: "x" } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.code).toBe("sender_not_allowed");
  });

  test("does not show another practice's message", async () => {
    const other = await apiPractice();
    const otherApi = await playwrightRequest.newContext({ baseURL: other.baseURL, extraHTTPHeaders: { Authorization: `Bearer ${other.apiKey}` } });
    const mine = await (await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "Meins" } })).json();
    expect((await otherApi.get(`/api/v1/sms/${mine.id}`)).status()).toBe(404);
    expect((await otherApi.delete(`/api/v1/sms/${mine.id}`)).status()).toBe(404);
    await otherApi.dispose();
  });
});

test.describe("OpenAPI", () => {
  test("is served, and the API's answers match the schemas it documents", async () => {
    const { batchResultSchema, errorSchema, keyCheckSchema, messageListSchema, messageSchema, messageWithHistorySchema } = await import("../../lib/api/schemas");
    const anonymous = await playwrightRequest.newContext({ baseURL: practice.baseURL });
    const served = await anonymous.get("/api/v1/openapi.json");
    expect(served.headers()["content-type"]).toContain("application/json");
    expect(served.headers()["access-control-allow-origin"]).toBe("*");
    const document = await served.json();
    expect(document.openapi).toBe("3.1.0");
    // Built once per process: the next request gets the same document.
    expect(await (await anonymous.get("/api/v1/openapi.json")).json()).toEqual(document);
    expect(Object.keys(document.paths)).toContain("/sms/{id}");
    await anonymous.dispose();

    const sent = await (await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "Schema" } })).json();
    messageSchema.parse(sent);
    messageWithHistorySchema.parse(await (await api.get(`/api/v1/sms/${sent.id}`)).json());
    messageListSchema.parse(await (await api.get("/api/v1/sms?limit=3")).json());
    keyCheckSchema.parse(await (await api.get("/api/v1/key-check")).json());
    errorSchema.parse(await (await api.post("/api/v1/sms", { data: {} })).json());
    batchResultSchema.parse(await (await api.post("/api/v1/sms/batch", { data: { messages: [{ to: mobile("00"), from: practice.sender, text: "x" }, {}] } })).json());
  });
});
