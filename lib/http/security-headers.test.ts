import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, staticSecurityHeaders } from "./security-headers";

describe("security headers", () => {
  it("allow scripts only with the request's nonce, and no framing", () => {
    const policy = contentSecurityPolicy("abc123", { development: false, https: true });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("let React's development tools evaluate code only in development, and never upgrade plain http", () => {
    const policy = contentSecurityPolicy("abc123", { development: true, https: false });
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("send HSTS only in production", () => {
    const names = (production: boolean) => staticSecurityHeaders({ production }).map((header) => header.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]));
  });
});
