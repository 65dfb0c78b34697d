import { describe, expect, it } from "vitest";
import { canTransition, statusesBefore } from "./status";

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
    expect(statusesBefore("cancelled")).toEqual(["pending"]);
    expect(canTransition("queued", "cancelled")).toBe(false);
  });
});
