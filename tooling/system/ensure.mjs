#!/usr/bin/env node
// Makes sure Debian's Chromium, PostgreSQL and faketime are on this machine before the tests run.
// As root it installs what is missing with apt-get; otherwise it stops with the command to run.
import { execFileSync } from "node:child_process";
import { chromiumPath, faketimePath, postgresBin } from "./index.js";

const missing = [];
if (chromiumPath() === undefined) missing.push("chromium");
if (postgresBin() === undefined) missing.push("postgresql");
if (faketimePath() === undefined) missing.push("faketime");

if (missing.length === 0) {
  console.log(`system: chromium at ${chromiumPath()}, postgresql at ${postgresBin()}, faketime at ${faketimePath()}`);
  process.exit(0);
}

const command = `apt-get update && apt-get install -y ${missing.join(" ")}`;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(`The tests need ${missing.join(", ")}. Install with:\n\n  sudo ${command}\n`);
  process.exit(1);
}
console.log(`system: installing ${missing.join(", ")} (${command})`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit", env });
if (chromiumPath() === undefined || postgresBin() === undefined || faketimePath() === undefined) {
  console.error("system: installation finished but a binary is still missing; see the apt-get output above.");
  process.exit(1);
}
console.log(`system: chromium at ${chromiumPath()}, postgresql at ${postgresBin()}, faketime at ${faketimePath()}`);
