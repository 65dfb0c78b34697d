import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { env } from "../env";
import { authEncryptionKey, authSecret } from "./auth-secrets";

describe("the portal's secrets without configuration", () => {
  it("are random, generated once per installation and kept private in DATA_DIR", () => {
    const first = [authSecret(), authEncryptionKey()];
    expect(first[0]).not.toBe(first[1]);
    expect(first[0].length).toBeGreaterThanOrEqual(40);
    expect([authSecret(), authEncryptionKey()]).toEqual(first);
    const file = path.join(env.DATA_DIR, "auth-secrets.json");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ authSecret: first[0], encryptionKey: first[1] });
  });
});
