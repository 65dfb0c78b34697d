import { parseArgs, type ParseArgsConfig } from "node:util";
import { DomainError } from "../../lib/errors/domain-error";

/** Ends a command early with its exit code: wrong input (2), or --help (0). */
export class CommandExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs an operator command and exits with its code: 0 done, 1 refused, 2 wrong input. An
 * unexpected error is printed as one line (no stack with data in it) and exits with 1.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error) => {
      if (error instanceof CommandExit) {
        (error.code === 0 ? console.log : console.error)(error.message);
        process.exit(error.code);
      }
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

/**
 * The exit code for a refusal of the domain, after printing its message: 2 when it names the
 * input that was wrong, else 1. Anything that is not a DomainError is thrown on.
 */
export function exitCodeOfRefusal(error: unknown): number {
  if (!(error instanceof DomainError)) throw error;
  console.error(error.message);
  return error.field ? 2 : 1;
}

/**
 * The command line by node's parseArgs, with -h/--help added: --help prints the usage and ends
 * with 0, an unknown or malformed option prints what is wrong and the usage and ends with 2.
 */
export function readCommandLine<const T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const options = { ...config.options, help: { type: "boolean", short: "h", default: false } } as const;
  let parsed;
  try {
    parsed = parseArgs({ ...config, options });
  } catch (error) {
    throw new CommandExit(2, `${(error as Error).message}\n${usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) throw new CommandExit(0, usage);
  return parsed as unknown as ReturnType<typeof parseArgs<T>>;
}
