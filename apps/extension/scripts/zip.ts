// Makes the store packages from the builds: dist/store/raadswerk-wmcz-check-<browser>-<version>.zip.
// Run `pnpm build` first. The test build is never packaged.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { zipSync, type Zippable } from "fflate";

const root = join(import.meta.dirname, "..");
const out = join(root, "dist", "store");

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

mkdirSync(out, { recursive: true });
for (const browser of ["chromium", "firefox"] as const) {
  const dir = join(root, "dist", browser);
  if (!existsSync(join(dir, "manifest.json"))) throw new Error(`No build in ${dir}: run \`pnpm build\` first.`);
  const { version } = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { version: string };
  const files: Zippable = {};
  // Fixed dates and sorted names: the same build gives the same package.
  for (const file of filesOf(dir).sort()) {
    files[relative(dir, file).split("\\").join("/")] = [readFileSync(file), { mtime: new Date("2020-01-01T00:00:00Z") }];
  }
  const zip = zipSync(files, { level: 9 });
  const name = `raadswerk-wmcz-check-${browser}-${version}.zip`;
  writeFileSync(join(out, name), zip);
  console.log(`zip: dist/store/${name} (${Math.round(zip.length / 1024)} KiB, ${Object.keys(files).length} files)`);
}
