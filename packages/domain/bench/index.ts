// Runs every `*.bench.ts` in this folder in name order; each prints its own figures.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL(".", import.meta.url));
for (const name of readdirSync(folder).filter((file) => file.endsWith(".bench.ts")).sort()) {
  console.log(`\n## ${name.replace(/\.bench\.ts$/, "")}`);
  await import(new URL(name, import.meta.url).href);
}
