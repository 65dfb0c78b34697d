import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// `next start` of the build on a port of its own, for tests of how the server starts: the
// webServers in playwright.config.ts cannot be started with settings that are meant to fail.

export interface BuiltServer {
  baseURL: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
  /** Ends it at once, as a crash would (SIGKILL), and waits until it is gone. */
  kill(): Promise<void>;
}

// Settings of the outer environment that would make a start succeed or fail by accident.
const CHOSEN = ["CARRIER", "SIMULATOR_SECRET", "SEVEN_API_KEY", "SEVEN_SIGNING_SECRET", "RESEND_API_KEY", "EMAIL_TRANSPORT", "DATABASE_DRIVER", "DEMO_DATA", "INNGEST_EVENT_KEY", "INNGEST_DEV", "AUTH_SECRET", "AUTH_ENCRYPTION_KEY"];

/** The portal's secrets, as an operator sets them: a start on a database server needs them. */
export const AUTH_SETTINGS = { AUTH_SECRET: "e2e-auth-secret-e2e-auth-secret-0123456789", AUTH_ENCRYPTION_KEY: "e2e-encryption-key-e2e-encryption-key-0123" };

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startBuiltServer(settings: Record<string, string>): Promise<BuiltServer> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !CHOSEN.includes(name))),
    NODE_ENV: "production",
    APP_URL: baseURL,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "pb-ops-")),
    DISPATCH_INTERVAL_MS: "200",
    ...settings,
  };
  const child: ChildProcess = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    baseURL,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

/** Polls `check` until it returns true, or fails after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Zeitüberschreitung: ${what}`);
}
