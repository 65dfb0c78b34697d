import { Inngest } from "inngest";
import { env } from "../lib/env";

export const inngest = new Inngest({
  id: "praxisbote",
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  isDev: env.INNGEST_DEV === "1",
});
