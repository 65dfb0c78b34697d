/** Where to go after logging in: only a path of our own, never another site ("//evil.example"). */
export function safeNextPath(value: unknown, fallback = "/uebersicht"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/anmelden") || value.startsWith("/api/")) return fallback;
  return value.slice(0, 500);
}
