import http from "node:http";

// One GET on a keep-alive connection, timed from the request to its first byte and to its last.
// On 127.0.0.1 that is the server's time plus a few tenths of a millisecond.

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface TimedResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Milliseconds to the response's first body byte. */
  firstByte: number;
  /** Milliseconds to its end. */
  total: number;
  bytes: number;
  /** Newlines in the body (rows of a CSV). */
  lines: number;
  /** The body as text, unless `discard`. */
  body: string;
}

export function timedGet(
  url: string,
  cookie: string,
  { discard = false, onChunk }: { discard?: boolean; onChunk?: () => void } = {},
): Promise<TimedResponse> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let firstByte = 0;
    let bytes = 0;
    let lines = 0;
    const chunks: Buffer[] = [];
    const request = http.get(url, { agent, headers: { cookie } }, (response) => {
      response.on("data", (chunk: Buffer) => {
        if (bytes === 0) firstByte = performance.now() - start;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        if (!discard) chunks.push(chunk);
        onChunk?.();
      });
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          firstByte,
          total: performance.now() - start,
          bytes,
          lines,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
