import { describe, expect, it } from "vitest";
import { PROCEDURE_IDS } from "../topic-ids/index.js";
import { procedureById, procedures } from "./index.js";

describe("procedures", () => {
  it("has data for every procedure id", () => {
    expect(procedures.map((p) => p.id)).toEqual([...PROCEDURE_IDS]);
  });

  it("cites art. 10 for the binding nomination and the law alone for the rest", () => {
    expect(procedureById("binding-nomination").citation.article).toBe("10");
    expect(procedures.filter((p) => p.id !== "binding-nomination").every((p) => p.citation.article === undefined)).toBe(true);
  });
});
