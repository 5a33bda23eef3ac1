import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localPath } from "./local-path.js";

describe("localPath", () => {
  it("turns a protocol-relative path into a path on this site", () => {
    expect(["//evil.example/x", "/\\evil.example", "\\\\evil.example", "///a//b"].map(localPath)).toEqual(["/evil.example/x", "/evil.example", "/evil.example", "/a/b"]);
  });

  it("keeps an ordinary path", () => {
    expect(localPath("/vacatures/lid-ccr/aanmelden")).toBe("/vacatures/lid-ccr/aanmelden");
  });

  it("never gives a path a browser would read as another host", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (path) => {
        const result = localPath(path);
        expect(new URL(result, "https://raad.example.nl").host).toBe("raad.example.nl");
      }),
      { numRuns: 500 },
    );
  });
});
