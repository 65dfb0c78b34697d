// npm run --silent practice:create -- --name "Zahnarztpraxis Dr. Berg" --email team@praxis-berg.de [--password …] [--sender NAME …] [--json]
import { z } from "zod";
import { getDatabase } from "../db/client";
import { createPractice, EmailTakenError } from "../lib/practices/create-practice";
import { DomainError } from "../lib/errors/domain-error";
import { readCommandLine, runCommand } from "./support/run-command";

const USAGE =
  'Aufruf: npm run --silent practice:create -- --name "Praxisname" --email adresse@praxis.de [--password …] [--sender "Absendername" …] [--json]';

async function main(): Promise<number> {
  const { values } = readCommandLine(USAGE, {
    options: {
      name: { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
      // Sender names registered for the practice; repeatable.
      sender: { type: "string", multiple: true },
      json: { type: "boolean", default: false },
    },
  });
  if (!values.name || !values.email) {
    console.error(`--name und --email sind nötig.\n${USAGE}`);
    return 2;
  }
  const handle = await getDatabase();
  try {
    const senderNames = values.sender ?? [];
    const created = await createPractice(handle.db, { name: values.name, email: values.email, password: values.password, senderNames });
    if (values.json) {
      console.log(JSON.stringify(created));
    } else {
      console.log(`Praxis angelegt (${created.practiceId})`);
      console.log(`  E-Mail:   ${created.email}`);
      console.log(`  Passwort: ${created.password}`);
      console.log(`  API-Key:  ${created.apiKey}  (wird nur jetzt angezeigt)`);
      if (senderNames.length > 0) console.log(`  Absender: ${senderNames.join(", ")}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof z.ZodError) {
      console.error(error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("\n"));
      return 2;
    }
    if (error instanceof DomainError) {
      console.error(`--sender: ${error.message} Die Praxis wurde nicht angelegt.`);
      return error.code === "invalid_sender" ? 2 : 1;
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

runCommand(main);
