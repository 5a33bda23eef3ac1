// Every file `NN-<area>.ts` in this folder exports `default (): string`, one section of RULES.md;
// the number prefix sets the order (10 wmcz, 20 eligibility, 30 recruitment, 40 training).
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL(".", import.meta.url));
const files = readdirSync(folder)
  .filter((name) => /^\d+-[\w-]+\.ts$/.test(name))
  .sort();

export const sections: ReadonlyArray<() => string> = await Promise.all(
  files.map(async (name) => ((await import(new URL(name, import.meta.url).href)) as { default: () => string }).default),
);
