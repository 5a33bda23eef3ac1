import { base } from "@raadswerk/eslint-config";

export default [
  ...base(import.meta.dirname),
  {
    // env.ts is the only reader of the environment (CONVENTIONS 14).
    files: ["src/**/*.ts"],
    ignores: ["src/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through src/env.ts." }],
    },
  },
];
