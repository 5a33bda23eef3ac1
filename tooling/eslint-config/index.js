// Shared flat config: typescript-eslint's type-checked rules for every workspace package.
import { existsSync } from "node:fs";
import { join } from "node:path";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * @param {string} tsconfigRootDir the package's folder (pass `import.meta.dirname`)
 * @returns {import("typescript-eslint").ConfigArray}
 */
export function base(tsconfigRootDir) {
  return tseslint.config(
    { ignores: ["dist/**", "node_modules/**", "artifacts/**", "**/*.js", "**/*.mjs", "eslint.config.ts"] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        parserOptions: {
          // The test tsconfig (when a package has one) covers sources, tests, scripts and configs.
          project: ["tsconfig.test.json", "tsconfig.json"].filter((name) => existsSync(join(tsconfigRootDir, name))).slice(0, 1),
          tsconfigRootDir,
        },
      },
      rules: {
        "@typescript-eslint/consistent-type-imports": "error",
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/switch-exhaustiveness-check": "error",
        "no-console": "off",
        eqeqeq: "error",
      },
    },
  );
}
