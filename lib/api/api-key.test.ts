import { describe, expect, it } from "vitest";
import { generateApiKey, hashApiKey } from "./api-key";

describe("generateApiKey", () => {
  it("makes distinct keys with a visible prefix and a SHA-256 hash", () => {
    const first = generateApiKey();
    const second = generateApiKey();
    expect(first.key).toMatch(/^pb_live_[A-Za-z0-9]{32}$/);
    expect(first.key).not.toBe(second.key);
    expect(first.key.startsWith(first.prefix)).toBe(true);
    expect(first.prefix).toHaveLength(14);
    expect(first.hash).toBe(hashApiKey(first.key));
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("test keys", () => {
  it("start with pb_test_ and keep the same shape as live keys", () => {
    const test = generateApiKey("test");
    expect(test.key).toMatch(/^pb_test_[A-Za-z0-9]{32}$/);
    expect(test.prefix).toHaveLength(14);
    expect(test.prefix.startsWith("pb_test_")).toBe(true);
    expect(test.hash).toBe(hashApiKey(test.key));
  });
});
