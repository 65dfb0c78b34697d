export async function register() {
  // NEXT_RUNTIME is set by Next itself and inlined per runtime, so it cannot go through lib/env.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOrExit } = await import("./lib/start-or-exit");
  await startOrExit(async () => {
    // lib may not import inngest/, so the Inngest side registers itself before anything runs.
    await import("./inngest/register-work");
    const { startServer } = await import("./lib/server-start");
    startServer();
  });
}
