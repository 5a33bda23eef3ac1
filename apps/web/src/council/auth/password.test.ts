import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.js";

const cheap = { logN: 10, r: 8, p: 1 };

describe("hashPassword", () => {
  it("accepts the password it hashed", async () => {
    expect(await verifyPassword("een lange zin als wachtwoord", await hashPassword("een lange zin als wachtwoord", cheap))).toBe(true);
  });

  it("refuses another password", async () => {
    expect(await verifyPassword("een andere zin", await hashPassword("een lange zin als wachtwoord", cheap))).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("zelfde wachtwoord", cheap)).not.toBe(await hashPassword("zelfde wachtwoord", cheap));
  });

  it("refuses a hash it cannot read", async () => {
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
  });

  it("writes the cost into the hash", async () => {
    expect((await hashPassword("wachtwoord", cheap)).split("$").slice(0, 4)).toEqual(["scrypt", "10", "8", "1"]);
  });
});
