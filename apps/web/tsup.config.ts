import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The server: started by `pnpm start` (node dist/main.js).
    entry: { server: "src/server.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    tsconfig: "tsconfig.json",
    clean: true,
    sourcemap: true,
  },
]);
