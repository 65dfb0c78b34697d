/**
 * Runs the server's start and ends the process if it fails. A throw inside instrumentation's
 * register() would leave `next start` alive, answering every request with a plain 500, and no
 * supervisor would ever restart it. Imports nothing, so that even a broken environment
 * (lib/env.ts throwing on import) ends here.
 */
export async function startOrExit(start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch (error) {
    // A refused start's message is the whole explanation; anything else gets its stack.
    if (error instanceof Error && error.name === "StartRefusedError") console.error(error.message);
    else console.error("[start] Praxisbote konnte nicht starten:", error);
    process.exit(1);
  }
}
