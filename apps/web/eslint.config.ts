import { base } from "@raadswerk/eslint-config";

export default [
  ...base(import.meta.dirname),
  {
    // One file reads the environment (src/env.ts); everything else gets validated settings.
    files: ["src/**/*.ts"],
    ignores: ["src/env.ts", "src/**/*.test.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings from src/env.ts." }],
    },
  },
];
