import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", main: "src/main.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" }, compilerOptions: { composite: false } },
  tsconfig: "tsconfig.json",
  clean: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
});
