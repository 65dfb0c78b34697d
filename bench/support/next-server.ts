import { spawn, type ChildProcess } from "node:child_process";

/** `next start` of this checkout's build on a port, once /api/health answers. */
export async function startNextServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // BENCH_NODE_ARGS: e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under a benchmark.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const server = spawn("node", [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(port)], { env, stdio: "ignore" });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error("next start did not come up – run `next build` first");
}
