// npm run --silent user:create -- --practice <id> --email anna@praxis-berg.de [--role staff|main] [--password …] [--name "Anna Berg"] [--json]
import { z } from "zod";
import { getDatabase } from "../db/client";
import { DomainError } from "../lib/errors/domain-error";
import { createUser } from "../lib/accounts/create-user";
import { isRoleName, ROLE_LABELS } from "../lib/accounts/roles";
import { EmailTakenError } from "../lib/practices/create-practice";
import { readCommandLine, runCommand } from "./support/run-command";

const USAGE =
  'Aufruf: npm run --silent user:create -- --practice <Praxis-ID> --email adresse@praxis.de [--role staff|main] [--password …] [--name "Vorname Nachname"] [--json]';

async function main(): Promise<number> {
  const { values } = readCommandLine(USAGE, {
    options: {
      practice: { type: "string" },
      email: { type: "string" },
      role: { type: "string", default: "staff" },
      password: { type: "string" },
      name: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  if (!values.practice || !values.email) {
    console.error(`--practice und --email sind nötig.\n${USAGE}`);
    return 2;
  }
  if (!isRoleName(values.role)) {
    console.error(`--role: Die Rolle ist main oder staff.\n${USAGE}`);
    return 2;
  }
  const role = values.role;
  const handle = await getDatabase();
  try {
    const created = await createUser(handle.db, {
      practiceId: values.practice,
      email: values.email,
      role,
      password: values.password,
      name: values.name,
    });
    if (values.json) {
      console.log(JSON.stringify(created));
    } else {
      console.log(`Benutzer angelegt (${created.userId}, ${ROLE_LABELS[role]})`);
      console.log(`  E-Mail:   ${created.email}`);
      console.log(`  Passwort: ${created.password}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof z.ZodError) {
      const flag = (path: PropertyKey[]) => (path[0] === "practiceId" ? "practice" : String(path[0]));
      console.error(error.issues.map((issue) => `--${flag(issue.path)}: ${issue.message}`).join("\n"));
      return 2;
    }
    if (error instanceof DomainError) {
      console.error(error.field ? `--${error.field}: ${error.message}` : error.message);
      return error.code === "weak_password" ? 2 : 1;
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
