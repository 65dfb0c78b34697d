import { describe, expect, it } from "vitest";
import { simulatorWebhookSchema } from "./simulator";

const reply = { type: "inbound", id: "sim-in-1", from: "+4917612345606", to: "Praxis", text: "Danke", receivedAt: "2026-11-27T08:00:00.000Z" };

describe("the simulator's webhook body", () => {
  it("reads reports and replies", () => {
    expect(simulatorWebhookSchema.parse({ type: "report", messageId: "sim-1", status: "DELIVRD" })).toEqual({ type: "report", messageId: "sim-1", status: "DELIVRD" });
    expect(simulatorWebhookSchema.parse(reply)).toEqual(reply);
  });

  // Each of these passed the schema and then failed in PostgreSQL, on every retry.
  it("refuses what the database cannot store, and keeps a reply without its NUL", () => {
    expect(simulatorWebhookSchema.safeParse({ ...reply, receivedAt: "0000-01-01T00:00:00Z" }).success).toBe(false);
    expect(simulatorWebhookSchema.safeParse({ ...reply, from: "+49\u0000" }).success).toBe(false);
    expect(simulatorWebhookSchema.safeParse({ type: "report", messageId: "sim-\u0000", status: "DELIVRD" }).success).toBe(false);
    expect(simulatorWebhookSchema.parse({ ...reply, text: "Dan\u0000ke" })).toMatchObject({ text: "Danke" });
  });
});
