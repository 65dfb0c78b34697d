import { env } from "../env";

const trustedProxyHops = () => env.TRUSTED_PROXY_HOPS;

/**
 * The client's address and a shortened user agent, for lockouts, limits and the audit log.
 * Each of our reverse proxies appends the address it saw to X-Forwarded-For, so the entry
 * `proxyHops` from the end is the client as our outermost proxy saw it; anything before it is
 * whatever the client claims. Without a proxy that appends, the client chooses the header
 * (Next fills it from the socket only when it is missing): production runs behind one.
 */
export function clientOrigin(headers: Headers, proxyHops = trustedProxyHops()): { ip: string; userAgent: string | null } {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  const ip = forwarded?.at(-Math.min(proxyHops, forwarded.length)) ?? headers.get("x-real-ip")?.trim() ?? "unbekannt";
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
