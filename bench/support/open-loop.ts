import http from "node:http";
import { percentile } from "./http-timing";

// An open-loop load: requests leave at a fixed rate whether or not earlier ones have been
// answered, and each latency is measured from the moment its request was due. A closed loop
// (autocannon's connections) waits for answers and so hides a server that falls behind.

export interface OpenLoopResult {
  sent: number;
  /** Requests per second actually offered: below the rate when the driver itself fell behind. */
  offered: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  /** When the slowest requests were due (ms after the start) and how long they took: clustered or spread. */
  slowest: { dueAt: number; latency: number }[];
  /** How late the driver itself sent (p99, ms): its own pauses count in every latency above. */
  sendLateP99: number;
}

export async function openLoop(options: { url: string; rate: number; seconds: number; headers: Record<string, string>; body: () => string }): Promise<OpenLoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const answered: { dueAt: number; latency: number }[] = [];
  let non2xx = 0;
  let errors = 0;
  const answers: Promise<void>[] = [];
  const start = performance.now() + 20;
  let lastSent = start;
  const sendLate: number[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = options.body();
    lastSent = performance.now();
    sendLate.push(lastSent - due);
    answers.push(
      new Promise<void>((resolve) => {
        const request = http.request(
          options.url,
          { method: "POST", agent, headers: { ...options.headers, "content-length": Buffer.byteLength(body) } },
          (response) => {
            response.resume();
            response.on("end", () => {
              answered.push({ dueAt: due - start, latency: performance.now() - due });
              if ((response.statusCode ?? 0) >= 300) non2xx++;
              resolve();
            });
          },
        );
        request.on("error", () => {
          errors++;
          resolve();
        });
        request.end(body);
      }),
    );
  }
  const offered = total / ((lastSent - start + interval) / 1000);
  await Promise.all(answers);
  agent.destroy();
  answered.sort((a, b) => a.latency - b.latency);
  const at = (q: number) => answered[Math.min(answered.length - 1, Math.floor(answered.length * q))]?.latency ?? NaN;
  const slowest = answered.slice(-Math.ceil(total / 100)).reverse();
  const sendLateP99 = percentile(sendLate.sort((a, b) => a - b), 99);
  return { sent: total, offered, p50: at(0.5), p99: at(0.99), max: answered.at(-1)?.latency ?? NaN, non2xx, errors, slowest, sendLateP99 };
}
