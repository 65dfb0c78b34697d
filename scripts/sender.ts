// npm run --silent sender -- add --practice <id> --name NAME | add --practice <id> --number +49… --verified
//                            verify --practice <id> --number +49… | confirm --practice <id> --number +49… --code 123456
//                            list --practice <id>
import { getDatabase, type Database } from "../db/client";
import { SIMULATOR } from "../lib/carriers/simulator";
import { getRuntime } from "../lib/delivery/runtime";
import { confirmNumberVerification, startNumberVerification } from "../lib/senders/number-verification";
import { addVerifiedNumber, findSenderOwner, listSenders, registerSenderName } from "../lib/senders/owned-senders";
import { DomainError } from "../lib/errors/domain-error";
import { readCommandLine, runCommand } from "./support/run-command";

const USAGE = `Aufruf:
  npm run --silent sender -- add     --practice <id> --name "Absendername"     Absendernamen registrieren
  npm run --silent sender -- add     --practice <id> --number +49… --verified  Nummer(n) ohne Code freischalten (nur wer sie anders geprüft hat, und Tests)
  npm run --silent sender -- verify  --practice <id> --number +49…             Code per SMS an die Nummer senden
  npm run --silent sender -- confirm --practice <id> --number +49… --code 123456
  npm run --silent sender -- list    --practice <id>`;

class UsageError extends Error {}

type Values = { practice?: string; name?: string; number?: string[]; code?: string; verified: boolean };

async function run(db: Database, command: string, values: Values): Promise<void> {
  if (!values.practice) throw new UsageError("--practice <id> ist nötig.");
  const practiceId = values.practice;
  const numbers = values.number ?? [];
  const oneNumber = () => {
    if (numbers.length !== 1) throw new UsageError(`${command} braucht genau eine --number.`);
    return numbers[0];
  };
  switch (command) {
    case "add": {
      if (values.name && numbers.length === 0) {
        await findSenderOwner(db, practiceId);
        const { value, created } = await registerSenderName(db, practiceId, values.name);
        console.log(created ? `Absendername „${value}“ registriert.` : `Absendername „${value}“ war schon registriert.`);
        return;
      }
      if (numbers.length > 0 && !values.name) {
        if (!values.verified) throw new UsageError("Nummern werden mit einem Code freigeschaltet: verify, dann confirm. --verified nur, wenn die Nummer schon anders geprüft ist.");
        await findSenderOwner(db, practiceId);
        for (const number of numbers) {
          const { value } = await addVerifiedNumber(db, practiceId, number);
          console.log(`Nummer ${value} ohne Code freigeschaltet.`);
        }
        return;
      }
      throw new UsageError("add braucht genau eines: --name oder --number.");
    }
    case "verify": {
      const number = oneNumber();
      const { carrier } = getRuntime();
      const result = await startNumberVerification(db, carrier, practiceId, number);
      if (result.status === "already-verified") {
        console.log(`${result.number} ist schon freigeschaltet.`);
        return;
      }
      console.log(`Code an ${result.number} gesendet (gültig bis ${result.expiresAt.toISOString()}, ${carrier.name}: ${result.carrierMessageId}).`);
      // The simulator sends nothing to a handset: show the code so the flow can be tried locally.
      if (carrier.name === SIMULATOR) console.log(`Simulator-Code: ${result.code}`);
      console.log(`Weiter mit: npm run --silent sender -- confirm --practice ${practiceId} --number ${result.number} --code <Code>`);
      return;
    }
    case "confirm": {
      const number = oneNumber();
      if (!values.code) throw new UsageError("confirm braucht --code.");
      const result = await confirmNumberVerification(db, practiceId, number, values.code);
      console.log(result.status === "verified" ? `${result.number} ist bestätigt und als Absender freigeschaltet.` : `${result.number} war schon freigeschaltet.`);
      return;
    }
    case "list": {
      const senders = await listSenders(db, practiceId);
      if (senders.length === 0) console.log("Keine Absender registriert.");
      for (const sender of senders) {
        const state =
          sender.kind === "reply_number" ? "Antwortnummer" : sender.verifiedAt ? "freigeschaltet" : sender.codePending ? "wartet auf Code" : "nicht bestätigt";
        console.log(`${sender.kind === "name" ? "Name  " : "Nummer"}  ${sender.value.padEnd(16)}  ${state}`);
      }
      return;
    }
    default:
      throw new UsageError(command ? `Unbekannter Befehl „${command}“.` : "Es fehlt der Befehl.");
  }
}

async function main(): Promise<number> {
  const parsed = readCommandLine(USAGE, {
    allowPositionals: true,
    options: {
      practice: { type: "string" },
      name: { type: "string" },
      number: { type: "string", multiple: true },
      code: { type: "string" },
      verified: { type: "boolean", default: false },
    },
  });
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.practice) {
    console.error(`${positionals.length > 1 ? `Nur ein Befehl, nicht: ${positionals.join(" ")}` : positionals.length === 0 ? "Es fehlt der Befehl." : "--practice <id> ist nötig."}\n${USAGE}`);
    return 2;
  }
  const handle = await getDatabase();
  try {
    await run(handle.db, positionals[0], values);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof DomainError) {
      console.error(error.message);
      return error.code === "invalid_sender" ? 2 : 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

runCommand(main);
