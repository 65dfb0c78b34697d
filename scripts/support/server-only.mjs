// `server-only` throws outside React's server build. Operator commands and test helpers run
// server code under plain Node (tsx), so for them it resolves to an empty module instead.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
