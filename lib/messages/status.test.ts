import { describe, expect, it } from "vitest";
import { canTransition, FINAL_STATUSES, MESSAGE_STATUSES, STATUS_TRANSITIONS, statusesBefore } from "./status";

describe("message status order", () => {
  it("moves forward through the delivery path", () => {
    expect(canTransition("pending", "queued")).toBe(true);
    expect(canTransition("queued", "sent")).toBe(true);
    expect(canTransition("sent", "buffered")).toBe(true);
    expect(canTransition("buffered", "delivered")).toBe(true);
    expect(canTransition("sent", "delivered")).toBe(true);
    expect(canTransition("sent", "undelivered")).toBe(true);
  });

  it("never moves backwards or out of a final status", () => {
    expect(canTransition("buffered", "sent")).toBe(false);
    expect(canTransition("delivered", "buffered")).toBe(false);
    expect(canTransition("delivered", "undelivered")).toBe(false);
    expect(canTransition("undelivered", "delivered")).toBe(false);
    expect(canTransition("sent", "sent")).toBe(false);
  });

  it("cancels only what has not been handed over", () => {
    expect(statusesBefore("cancelled")).toEqual(["pending", "queued"]);
    expect(canTransition("sent", "cancelled")).toBe(false);
    expect(canTransition("cancelled", "cancelled")).toBe(false);
  });
});

describe("the documented status moves", () => {
  it("are all allowed, lead out of every open status and reach every status from pending", () => {
    for (const [from, to] of STATUS_TRANSITIONS) expect(canTransition(from, to), `${from} → ${to}`).toBe(true);
    const open = MESSAGE_STATUSES.filter((status) => !FINAL_STATUSES.has(status));
    for (const status of open) expect(STATUS_TRANSITIONS.some(([from]) => from === status), status).toBe(true);
    const reached = new Set(["pending"]);
    for (const [from, to] of STATUS_TRANSITIONS) if (reached.has(from)) reached.add(to);
    expect([...reached].sort()).toEqual([...MESSAGE_STATUSES].sort());
    for (const from of statusesBefore("cancelled")) expect(STATUS_TRANSITIONS, `${from} → cancelled`).toContainEqual([from, "cancelled"]);
  });
});
