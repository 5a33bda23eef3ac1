import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    "calendar/index": "src/calendar/index.ts",
    "wmcz/index": "src/wmcz/index.ts",
    "eligibility/index": "src/eligibility/index.ts",
    "recruitment/index": "src/recruitment/index.ts",
    "training/index": "src/training/index.ts",
  },
  format: ["esm"],
  dts: { compilerOptions: { composite: false } },
  tsconfig: "tsconfig.json",
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
});
