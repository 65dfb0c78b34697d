/**
 * The client's address and a shortened user agent, for lockouts, limits and the audit log.
 * The last X-Forwarded-For entry is the one the nearest proxy (or Next itself) added: earlier
 * entries are whatever the client claims.
 */
export function clientOrigin(headers: Headers): { ip: string; userAgent: string | null } {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  const ip = forwarded?.at(-1) ?? headers.get("x-real-ip")?.trim() ?? "unbekannt";
  return { ip: ip.slice(0, 64), userAgent: shortenUserAgent(headers.get("user-agent")) };
}

/** "Firefox 133 · Windows" is what a practice needs to recognise a login, not the whole string. */
export function shortenUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = userAgent.match(/(Edg|OPR|Firefox|Chrome|Safari)\/(\d+)/);
  const system = userAgent.match(/Windows|Mac OS X|Android|iPhone|iPad|Linux/);
  const name = browser ? `${{ Edg: "Edge", OPR: "Opera" }[browser[1]] ?? browser[1]} ${browser[2]}` : userAgent.slice(0, 40);
  return system ? `${name} · ${system[0].replace("Mac OS X", "macOS")}` : name;
}
