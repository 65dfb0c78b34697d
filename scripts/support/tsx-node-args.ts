import { fileURLToPath } from "node:url";

/** `node` arguments that run a TypeScript file of ours the way the npm scripts do. */
export const TSX_NODE_ARGS = ["--import", "tsx", "--import", fileURLToPath(new URL("./server-only.mjs", import.meta.url))];
