// The little seven.io needs from HTTP: its base URL, X-Api-Key, a timeout, and answers that
// may be JSON or a bare return code.

export interface SevenOptions {
  apiKey: string;
  baseUrl: string;
  fetch?: typeof fetch;
  /** Per request; 15 s unless given. */
  timeoutMs?: number;
}

export class SevenRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export async function sevenRequest(
  options: SevenOptions,
  method: "GET" | "POST",
  path: string,
  params: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const base = options.baseUrl.replace(/\/$/, "");
  const query = new URLSearchParams(params).toString();
  const url = method === "GET" && query ? `${base}${path}?${query}` : `${base}${path}`;
  const response = await (options.fetch ?? fetch)(url, {
    method,
    headers: {
      "X-Api-Key": options.apiKey,
      Accept: "application/json",
      SentWith: "Praxisbote",
      ...(method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
    },
    body: method === "POST" ? query : undefined,
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  return { status: response.status, text: await response.text() };
}

/** The JSON of a successful answer; a bare return code or an HTTP error is thrown. */
export async function sevenJson(options: SevenOptions, method: "GET" | "POST", path: string, params?: Record<string, string>): Promise<unknown> {
  const { status, text } = await sevenRequest(options, method, path, params);
  if (status < 200 || status >= 300) throw new SevenRequestError(`seven.io ${path} antwortet HTTP ${status}`, `http-${status}`);
  const bare = /^\s*"?(\d{1,4})"?\s*$/.exec(text);
  if (bare) throw new SevenRequestError(`seven.io ${path} antwortet mit Rückgabecode ${bare[1]}`, bare[1]);
  try {
    return JSON.parse(text);
  } catch {
    throw new SevenRequestError(`seven.io ${path}: unerwartete Antwort`, "bad-response");
  }
}
