import { describe, expect, it } from "vitest";
import { clientOrigin, shortenUserAgent } from "./client-origin";

const headers = (forwardedFor: string) => new Headers({ "x-forwarded-for": forwardedFor });

describe("the client's address", () => {
  it("is what our outermost proxy saw, not what the client claims before it", () => {
    expect(clientOrigin(headers("6.6.6.6, 203.0.113.7"), 1).ip).toBe("203.0.113.7");
    expect(clientOrigin(headers("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2).ip).toBe("203.0.113.7");
    expect(clientOrigin(headers("203.0.113.7"), 3).ip).toBe("203.0.113.7");
  });

  it("shortens the user agent to browser and system", () => {
    expect(shortenUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")).toBe("Chrome 131 · Windows");
  });
});
