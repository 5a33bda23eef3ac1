import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const zodLocales = fileURLToPath(new URL("src/client/zod-locales.ts", import.meta.url));

export default defineConfig([
  {
    // The server: started by `pnpm start` (node dist/main.js).
    entry: { main: "src/main.ts", server: "src/server.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    tsconfig: "tsconfig.json",
    clean: true,
    sourcemap: true,
  },
  {
    // The browser script: live checks with the domain's own schemas and messages, bundled.
    entry: { "client/apply": "src/client/apply.ts" },
    format: ["iife"],
    platform: "browser",
    target: "es2020",
    tsconfig: "tsconfig.json",
    minify: true,
    noExternal: [/.*/],
    outExtension: () => ({ js: ".js" }),
    esbuildOptions(options) {
      options.conditions = ["@raadswerk/source"];
    },
    esbuildPlugins: [
      {
        name: "zod-one-locale",
        setup(build) {
          build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (args.importer.includes("/zod/") ? { path: zodLocales } : undefined));
        },
      },
    ],
  },
]);
