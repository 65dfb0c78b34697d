// npm run --silent practice:create -- --name "Zahnarztpraxis Dr. Berg" --email team@praxis-berg.de [--password …] [--json]
import { parseArgs } from "node:util";
import { z } from "zod";
import { getDatabase } from "../db/client";
import { createPractice, EmailTakenError } from "../lib/practices/create-practice";

const USAGE = 'Aufruf: npm run --silent practice:create -- --name "Praxisname" --email adresse@praxis.de [--password …] [--json]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        name: { type: "string" },
        email: { type: "string" },
        password: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.name || !values.email) {
    console.error(`--name und --email sind nötig.\n${USAGE}`);
    return 2;
  }
  const handle = await getDatabase();
  try {
    const created = await createPractice(handle.db, { name: values.name, email: values.email, password: values.password });
    if (values.json) {
      console.log(JSON.stringify(created));
    } else {
      console.log(`Praxis angelegt (${created.practiceId})`);
      console.log(`  E-Mail:   ${created.email}`);
      console.log(`  Passwort: ${created.password}`);
      console.log(`  API-Key:  ${created.apiKey}  (wird nur jetzt angezeigt)`);
    }
    return 0;
  } catch (error) {
    if (error instanceof z.ZodError) {
      console.error(error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("\n"));
      return 2;
    }
    if (error instanceof EmailTakenError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
