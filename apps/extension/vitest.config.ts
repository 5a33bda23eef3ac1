import { vitestConfig } from "@raadswerk/vitest-config";

// Unit tests: DOM tests run in happy-dom (set per file with `// @vitest-environment happy-dom`).
export default vitestConfig({ include: ["src/**/test.ts", "src/**/*.test.ts"] });
