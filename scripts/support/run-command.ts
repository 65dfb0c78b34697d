/**
 * Runs an operator command and exits with its code: 0 done, 1 refused, 2 wrong input. An
 * unexpected error is printed as one line (no stack with data in it) and exits with 1.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
