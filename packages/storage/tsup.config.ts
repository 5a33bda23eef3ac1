import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
  format: ["esm"],
  dts: { compilerOptions: { composite: false } },
  tsconfig: "tsconfig.json",
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "node",
  external: ["@raadswerk/system"],
});
