import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

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
];

export default eslintConfig;
