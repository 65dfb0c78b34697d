import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Each layer rule of eslint.config.mjs, shown to fire on a line that crosses it (and to stay
// quiet on one that does not). The code is linted as if it stood in place of an existing file
// (the cycle rule needs a real path).
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe("layer boundaries", () => {
  it.each([
    ["lib/sms imports something of ours outside itself", "lib/sms/summary.ts", 'import { env } from "../env";\nexport const x = env;'],
    ["lib/sms imports the database by alias", "lib/sms/summary.ts", 'import { getDb } from "@/db/client";\nexport const x = getDb;'],
    ["lib/carriers opens the database", "lib/carriers/carrier.ts", 'import { getDb } from "../../db/client";\nexport const x = getDb;'],
    ["lib/ imports Inngest", "lib/delivery/claim.ts", 'import { inngest } from "../../inngest/client";\nexport const x = inngest;'],
    ["lib/ imports a route", "lib/log-error.ts", 'import * as route from "@/app/api/health/route";\nexport const x = route;'],
    ["lib/messages imports the PVS API", "lib/messages/send-at.ts", 'import { ApiError } from "../api/errors";\nexport const x = ApiError;'],
    ["a component opens the database", "components/site-footer.tsx", 'import { getDb } from "@/db/client";\nexport const x = getDb;'],
  ])("refuses: %s", async (_name, filePath, code) => {
    expect(await problems(filePath, code)).toContain("no-restricted-imports");
  });

  it.each([
    ["lib/sms imports itself", "lib/sms/summary.ts", 'import { segmentSms } from "./segments";\nexport const x = segmentSms;'],
    ["lib/messages imports the domain error", "lib/messages/send-at.ts", 'import { DomainError } from "../errors/domain-error";\nexport const x = DomainError;'],
    ["the API imports lib/messages", "lib/api/api-key.ts", 'import { sendOne } from "../messages/send-one";\nexport const x = sendOne;'],
  ])("allows: %s", async (_name, filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });

  it("refuses an import cycle", async () => {
    // trial.ts imports time/berlin.ts; berlin.ts importing trial.ts closes the circle.
    const code = 'import { trialEndFor } from "../billing/trial";\nexport const berlinDate = trialEndFor;';
    expect(await problems("lib/time/berlin.ts", code)).toContain("import/no-cycle");
  });
});
