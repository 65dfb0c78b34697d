export async function register() {
  // NEXT_RUNTIME is set by Next itself and inlined per runtime, so it cannot go through lib/env.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // lib may not import inngest/, so the Inngest side registers itself before anything runs.
  await import("./inngest/register-work");
  const { startServer } = await import("./lib/server-start");
  try {
    await startServer();
  } catch (error) {
    console.error("[start] Praxisbote konnte nicht starten:", error);
    throw error;
  }
}
