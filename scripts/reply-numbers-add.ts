// npm run --silent reply-numbers:add -- +49… [+49… …]
// Adds numbers rented from the carrier to the pool that practices draw their reply number from.
import { getDatabase } from "../db/client";
import { DomainError } from "../lib/errors/domain-error";
import { addReplyNumbers } from "../lib/sms-settings/reply-numbers";
import { readCommandLine, runCommand } from "./support/run-command";

const USAGE = `Aufruf:
  npm run --silent reply-numbers:add -- +49… [+49… …]   Antwortnummern in den Vorrat aufnehmen`;

async function main(): Promise<number> {
  const parsed = readCommandLine(USAGE, { allowPositionals: true, options: {} });
  if (parsed.positionals.length === 0) {
    console.error(`Es fehlt mindestens eine Nummer.\n${USAGE}`);
    return 2;
  }
  const handle = await getDatabase();
  try {
    const { added, existing } = await addReplyNumbers(handle.db, parsed.positionals);
    for (const number of added) console.log(`Antwortnummer ${number} aufgenommen.`);
    for (const number of existing) console.log(`Antwortnummer ${number} war schon im Vorrat.`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

runCommand(main);
