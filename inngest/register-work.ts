import { registerInngestWork } from "../lib/delivery/runtime";
import { createInngestWork } from "./durable-work";

// Imported for this effect by instrumentation and by every route that hands work to the
// pipeline, so no request can reach the pipeline before the Inngest side is known, whichever
// bundle Next loads first. Which side is used is still decided in lib/delivery/runtime.ts.
registerInngestWork(createInngestWork());
