export class LimitedReadError extends Error {
  constructor(readonly reason: "too-large" | "aborted") {
    super(reason === "too-large" ? "body over the limit" : "body aborted");
    this.name = "LimitedReadError";
  }
}

/** The raw body, read chunk by chunk so that a body over `limit` bytes is never held in memory. */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client hung up mid-body: nothing to store, and not our error to log.
      throw new LimitedReadError("aborted");
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new LimitedReadError("too-large");
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
