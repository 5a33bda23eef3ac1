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
      // Generous: CI shares two cores between packages running at once; benches, not tests, measure speed.
      testTimeout: 30_000,
      hookTimeout: 180_000,
      ...test,
    },
  });
}
