// Shared vitest settings: colocated tests (`test.ts` beside `index.ts`, or `*.test.ts`), run from source.
import { defineConfig } from "vitest/config";

/**
 * @param {import("vitest/config").UserConfig["test"]} [test] overrides for one package
 */
export function vitestConfig(test = {}) {
  return defineConfig({
    resolve: { conditions: ["@raadswerk/source"] },
    ssr: { resolve: { conditions: ["@raadswerk/source"] } },
    test: {
      include: ["src/**/test.ts", "src/**/*.test.ts", "test/**/*.test.ts"],
      environment: "node",
      reporters: process.env.CI ? ["default"] : ["default"],
      ...test,
    },
  });
}
