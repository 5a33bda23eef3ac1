import { describe, expect, it } from "vitest";
import { PROCEDURE_IDS } from "../topic-ids/index.js";
import { procedureById, procedures } from "./index.js";

describe("procedures", () => {
  it("has data for every procedure id", () => {
    expect(procedures.map((p) => p.id)).toEqual([...PROCEDURE_IDS]);
  });

  it("cites art. 10 for the binding nomination, art. 3 lid 1 for installing a council and art. 7 lid 1 sub f for appointing a board member", () => {
    expect(procedureById("binding-nomination").citation.article).toBe("10");
    expect(procedureById("council-installation").citation).toMatchObject({ article: "3", paragraph: 1 });
    expect(procedureById("board-appointment").related.map((c) => `${c.article}${c.point ?? ""}`)).toEqual(["7f", "10"]);
    expect(procedureById("council-dissolution").citation.article).toBeUndefined();
    expect(procedureById("right-of-enquiry").citation.article).toBeUndefined();
  });

  // Issue 11, missing route: who must have a council — never art. 2 (that is inspraak).
  it("never cites art. 2 for installing a council", () => {
    for (const c of [procedureById("council-installation").citation, ...procedureById("council-installation").related]) expect(c.article).not.toBe("2");
  });

  it("gives every procedure a citation with sources", () => {
    for (const p of procedures) expect(p.citation.sources?.length ?? 0, p.id).toBeGreaterThan(0);
  });
});
