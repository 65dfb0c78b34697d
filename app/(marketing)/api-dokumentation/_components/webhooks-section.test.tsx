import { renderToStaticMarkup } from "react-dom/server";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "@/lib/pvs-webhooks/event-types";
import { readVerifySnippet } from "@/lib/pvs-webhooks/snippets/verify-snippets";
import { EXAMPLE, EXAMPLE_SECRET, WebhooksSection } from "./webhooks-section";

const unescape = (html: string) => html.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

describe("the Webhooks section of /api-dokumentation", () => {
  const html = unescape(renderToStaticMarkup(<WebhooksSection />));

  it("shows the tested snippet files as they are, and every event type", () => {
    expect(html).toContain(readVerifySnippet("node"));
    expect(html).toContain(readVerifySnippet("php"));
    for (const type of WEBHOOK_EVENT_TYPES) expect(html).toContain(type);
    for (const header of ["webhook-id", "webhook-timestamp", "webhook-signature"]) expect(html).toContain(header);
  });

  it("has an example whose signature verifies with the example secret", () => {
    const [head, body] = EXAMPLE.split("\n\n");
    const headers = Object.fromEntries(head.split("\n").slice(1).map((line) => line.split(": ") as [string, string]));
    const at = Number(headers["webhook-timestamp"]) * 1000;
    // The package refuses old timestamps: verify as of the example's own time.
    const realNow = Date.now;
    Date.now = () => at;
    try {
      expect(new Webhook(EXAMPLE_SECRET).verify(body, headers)).toMatchObject({ type: "message.delivered", data: { reference: "termin-4711" } });
    } finally {
      Date.now = realNow;
    }
    expect(html).toContain(EXAMPLE_SECRET);
  });
});
