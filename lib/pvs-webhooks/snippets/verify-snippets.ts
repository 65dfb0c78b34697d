import { readFileSync } from "node:fs";
import path from "node:path";

// The receivers' verification snippets, one file each: the docs page shows these files and
// verify-snippets.test.ts runs them, so the published code is the tested code.

export const VERIFY_SNIPPET_FILES = { node: "verify.node.mjs", php: "verify.php" } as const;

export type SnippetLanguage = keyof typeof VERIFY_SNIPPET_FILES;

export const verifySnippetPath = (language: SnippetLanguage) => path.join(process.cwd(), "lib/pvs-webhooks/snippets", VERIFY_SNIPPET_FILES[language]);

/** Read when the page is built (it is static), so the files need not ship with the server. */
export const readVerifySnippet = (language: SnippetLanguage) => readFileSync(verifySnippetPath(language), "utf8");
