import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { signedHeaders, webhookIdFor } from "./sign";

describe("Standard Webhooks signatures", () => {
  it("matches the specification's test vector", () => {
    const headers = signedHeaders(["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"], "msg_p5jXN8AQM9LWM0D4loKWxJek", new Date(1614265330 * 1000), '{"test": 2432232314}');
    expect(headers).toEqual({
      "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
      "webhook-timestamp": "1614265330",
      "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    });
  });

  it("is verified by the official package with either secret during a rotation", () => {
    const current = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const previous = "whsec_" + Buffer.from("an older secret of 32 bytes!!!!!").toString("base64");
    const body = JSON.stringify({ type: "message.delivered", data: { id: "x" } });
    const headers = signedHeaders([current, previous], webhookIdFor("0b8e4a4e-1111-4222-8333-444455556666"), new Date(), body);
    expect(headers["webhook-id"]).toBe("msg_0b8e4a4e111142228333444455556666");
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(current).verify(body.replace("x", "y"), headers)).toThrow();
  });
});
