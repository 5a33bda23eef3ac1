import { describe, expect, it } from "vitest";
import { isGlossaryRequest } from "./protocol.js";

describe("isGlossaryRequest", () => {
  it("accepts a request for a known locale", () => {
    expect(isGlossaryRequest({ type: "raadswerk:glossary", locale: "en" })).toBe(true);
  });

  it.each([null, "raadswerk:glossary", { type: "raadswerk:glossary", locale: "de" }, { type: "other", locale: "nl" }])("refuses %j", (message) => {
    expect(isGlossaryRequest(message)).toBe(false);
  });
});
