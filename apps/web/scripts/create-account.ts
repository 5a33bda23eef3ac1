// `pnpm --filter @raadswerk/web create-account --email you@example.org --name "Your name" [--organisation slug]`
// Creates a council-side account (the first one, or another) for an organisation: the one named by
// --organisation, else the only non-demo one; with none, the first login asks for its name. Asks for the password without echo,
// or reads it from the RAADSWERK_PASSWORD variable (for scripts). Uses DATABASE_URL or DATA_DIR like the app.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { councilStore, openStore } from "@raadswerk/storage";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, hashPassword } from "../src/council/auth/password.js";
import { readEnv } from "../src/env.js";

async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return "";
  }
  process.stdout.write(question);
  return new Promise((resolve) => {
    let value = "";
    process.stdin.setRawMode(true);
    process.stdin.resume();
    process.stdin.setEncoding("utf8");
    const onData = (char: string) => {
      if (char === "\r" || char === "\n" || char === "\u0004") {
        process.stdin.setRawMode(false);
        process.stdin.pause();
        process.stdin.off("data", onData);
        process.stdout.write("\n");
        resolve(value);
      } else if (char === "\u0003") {
        process.exit(130);
      } else if (char === "\u007f") {
        value = value.slice(0, -1);
      } else {
        value += char;
      }
    };
    process.stdin.on("data", onData);
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, organisation: { type: "string" } }, allowPositionals: false });
  const email = values.email?.trim().toLowerCase() ?? "";
  const name = values.name?.trim() ?? "";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || name === "" || name.length > 200) {
    console.error('Usage: pnpm --filter @raadswerk/web create-account --email you@example.org --name "Your name"');
    process.exit(2);
  }
  const password = process.env.RAADSWERK_PASSWORD ?? (await askHidden(`Password for ${email} (at least ${MIN_PASSWORD_LENGTH} characters): `));
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    console.error(`The password must have ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters. A short sentence works well.`);
    process.exit(2);
  }
  const env = readEnv();
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const db = councilStore(store);
    if ((await db.accounts.byEmail(email)) !== undefined) {
      console.error(`An account for ${email} already exists.`);
      process.exitCode = 1;
      return;
    }
    const real = (await store.organisations.list()).filter((o) => !o.isDemo);
    const organisation = values.organisation === undefined ? (real.length === 1 ? real[0] : undefined) : await store.organisations.bySlug(values.organisation);
    if (values.organisation !== undefined && organisation === undefined) {
      console.error(`No organisation with the slug ${values.organisation}.`);
      process.exitCode = 1;
      return;
    }
    const account = await db.accounts.create({ email, name, passwordHash: await hashPassword(password), organisationId: organisation?.id ?? null });
    await db.audit.record({ at: new Date(), organisationId: organisation?.id ?? null, accountId: null, action: "create", subjectKind: "account", subjectId: account.id });
    console.log(`Account created for ${email}${organisation === undefined ? "" : ` (${organisation.name})`}. Log in at /raad/inloggen.`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error("Could not create the account:", error instanceof Error ? error.message : "unknown error");
  process.exit(1);
});
