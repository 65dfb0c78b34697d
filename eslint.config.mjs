import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Layer boundaries (README, "Layout"). An import is ours when it starts with "@/" or "../".
const ours = (folder) => `^(@/|(\\.\\./)+)${folder}(/|$)`;
const rule = (regex, message) => ({ regex, message });
const noInngestOrApp = rule(ours("(inngest|app)"), "lib/ darf weder inngest/ noch app/ importieren: Inngest kennt nur inngest/, Routen nur app/.");
const noDb = (layer) => rule(ours("db"), `${layer} spricht nicht mit der Datenbank: die Abfragen gehören nach lib/ oder db/.`);
const boundaries = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const eslintConfig = [
  { ignores: [".next/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Only lib/env.ts reads the environment; everything else imports `env` from it.
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/env.ts", "db/testing/**", "scripts/**", "bench/**", "**/*.test.ts", "e2e/**", "*.config.ts", "vitest.setup.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Import env from lib/env.ts." }],
    },
  },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    // Nothing imports a test, a spec or a benchmark, so none can be part of a cycle; the modules
    // they import are checked as files of their own (this rule took 70 % of the lint's time).
    ignores: ["**/*.test.{ts,tsx}", "e2e/**", "bench/**"],
    // Packages are not parsed for cycles: ours are the only ones we can break.
    settings: { "import/ignore": ["node_modules"] },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  // Later entries replace the rule for their files, so each repeats the lib-wide pattern.
  { files: ["lib/**/*.{ts,tsx}"], rules: boundaries(noInngestOrApp) },
  { files: ["lib/carriers/**/*.{ts,tsx}"], rules: boundaries(noInngestOrApp, noDb("lib/carriers")) },
  {
    files: ["lib/messages/**/*.{ts,tsx}"],
    rules: boundaries(noInngestOrApp, rule("^(@/lib/|\\.\\./)api(/|$)", "lib/messages kennt die PVS-API nicht: Fehler als DomainError, die API übersetzt sie.")),
  },
  { files: ["lib/sms/**/*.{ts,tsx}"], rules: boundaries(rule("^(@/|\\.\\./)", "lib/sms ist reine SMS-Logik und importiert nichts außer sich selbst.")) },
  { files: ["components/**/*.{ts,tsx}"], rules: boundaries(noDb("components/")) },
];

export default eslintConfig;
