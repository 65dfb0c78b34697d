import { BlockList, isIP } from "node:net";

// The one rule for where our webhooks may go, used when an endpoint is saved and again at
// every send (then also for the address the host name resolves to at connect time, so a DNS
// answer that changes after saving cannot point us into our own network).

export interface WebhookUrlPolicy {
  /** NODE_ENV is production: https only, and no private addresses. */
  production: boolean;
  /** WEBHOOK_ALLOW_PRIVATE_NETWORKS=1: a self-hosted PVS in the practice's network (and tests). */
  allowPrivate: boolean;
}

const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, including the cloud metadata service 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and the broadcast address
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

// BlockList matches an IPv4-mapped IPv6 address (::ffff:7f00:1) against the IPv4 rules itself.

/** Whether an IP address is one a webhook must not reach (loopback, private, link-local, …). */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

const isLocalhostName = (hostname: string) => hostname === "localhost" || hostname.endsWith(".localhost");
/** The URL's host without the brackets of an IPv6 literal. */
export const bareHostname = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

/** Whether the addresses a host name resolves to are checked (production, unless allowed). */
export const checksAddresses = (policy: WebhookUrlPolicy) => policy.production && !policy.allowPrivate;

/**
 * Why this URL cannot receive webhooks (a German sentence for the portal), or null when it can.
 * https everywhere; http only for localhost outside production, or anywhere with allowPrivate.
 */
export function checkWebhookUrl(value: string, policy: WebhookUrlPolicy): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Bitte geben Sie eine vollständige Adresse an, z. B. https://pvs.example.de/webhooks/praxisbote.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "Die Adresse muss mit https:// beginnen.";
  if (url.username || url.password) return "Zugangsdaten gehören nicht in die Adresse; prüfen Sie die Signatur statt dessen.";
  const hostname = bareHostname(url);
  const localhost = isLocalhostName(hostname) || hostname === "::1" || (isIP(hostname) === 4 && hostname.startsWith("127."));
  if (url.protocol === "http:" && !policy.allowPrivate && (policy.production || !localhost)) {
    return policy.production ? "Die Adresse muss mit https:// beginnen." : "Die Adresse muss mit https:// beginnen (http:// nur für localhost).";
  }
  if (checksAddresses(policy) && (isLocalhostName(hostname) || (isIP(hostname) !== 0 && isBlockedAddress(hostname)))) {
    return "Diese Adresse zeigt in ein internes Netz; Webhooks gehen nur an öffentlich erreichbare Server.";
  }
  return null;
}
