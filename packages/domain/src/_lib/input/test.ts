import * as z from "zod";
import { describe, expect, it } from "vitest";
import { CalendarDateSchema } from "../calendar-date/index.js";
import { InvalidInputError, validateInput } from "./index.js";

const Schema = z.object({ today: CalendarDateSchema, count: z.number() });

describe("validateInput", () => {
  it("returns a valid value unchanged", () => {
    const value = { today: "2026-11-23", count: 1 };
    expect(validateInput("f", "options", Schema, value)).toBe(value);
  });

  it("throws an InvalidInputError that names every wrong field in words", () => {
    let error: unknown;
    try {
      validateInput("f", "options", Schema, { today: "2026-02-31", count: "one" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    const { issues, message } = error as InvalidInputError;
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["options.today", "invalid_date"],
      ["options.count", "invalid_type"],
    ]);
    expect(message).toMatch(/^f: options\.today must be a real calendar day written YYYY-MM-DD .*; options\.count is not valid: /);
  });
});
