import { afterEach, describe, expect, it, vi } from "vitest";
import { env } from "../env";
import type { DurableWork } from "./durable-work";
import { getDurableWork, registerInngestWork } from "./runtime";

const inngestWork: DurableWork = {
  messagesAccepted: async () => {},
  messageCancelled: async () => {},
  reportReceived: async () => {},
  inboundRecorded: async () => {},
};

const original = { INNGEST_DEV: env.INNGEST_DEV, INNGEST_EVENT_KEY: env.INNGEST_EVENT_KEY };
afterEach(() => {
  Object.assign(env, original);
  delete (globalThis as { praxisboteInngestWork?: DurableWork }).praxisboteInngestWork;
});

describe("choosing the durable work", () => {
  it("works locally without Inngest, even when the Inngest side has registered", () => {
    Object.assign(env, { INNGEST_DEV: undefined, INNGEST_EVENT_KEY: undefined });
    registerInngestWork(inngestWork);
    expect(getDurableWork()).not.toBe(inngestWork);
  });

  it.each([
    ["an event key", { INNGEST_EVENT_KEY: "key" }],
    ["the dev server", { INNGEST_DEV: "1" }],
  ])("hands the work to Inngest with %s", (_, settings) => {
    Object.assign(env, settings);
    registerInngestWork(inngestWork);
    expect(getDurableWork()).toBe(inngestWork);
  });

  it("refuses, loudly, to fall back to local work when Inngest is configured but not registered", () => {
    Object.assign(env, { INNGEST_DEV: "1" });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => getDurableWork()).toThrow(/Inngest/);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
