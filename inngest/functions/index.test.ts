import { describe, expect, it } from "vitest";
import { functions } from "./index";

describe("the served functions", () => {
  it("are the durable functions, each id once", () => {
    expect(functions.map((fn) => fn.id())).toEqual(["deliver-message", "record-report", "forward-inbound", "sweep-due-messages", "deliver-webhooks", "deliver-announced-webhooks", "monthly-invoicing", "invoice-practice", "deliver-pending-invoices"]);
  });
});
