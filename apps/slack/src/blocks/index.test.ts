import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capBlocks, escapeMrkdwn, reply, section, truncate } from "./index.js";

describe("escapeMrkdwn", () => {
  it("escapes the three control characters", () => {
    expect(escapeMrkdwn("<@U1> & <!here>")).toBe("&lt;@U1&gt; &amp; &lt;!here&gt;");
  });

  it("leaves no raw < or > in any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeMrkdwn(text)).not.toMatch(/[<>]/);
      }),
    );
  });
});

describe("truncate", () => {
  it("ends a cut text with an ellipsis within the limit", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
  });

  it("never cuts an escape sequence in half", () => {
    expect(truncate("ab &amp; cd", 6)).toBe("ab …");
  });

  it("keeps every text within the limit", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
        expect(truncate(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe("capBlocks", () => {
  it("keeps a message within 50 blocks and says how many were left out", () => {
    const capped = capBlocks(Array.from({ length: 60 }, (_, i) => section(String(i))));
    expect(capped).toHaveLength(50);
    expect(capped[49]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "… +11" }] });
  });
});

describe("reply", () => {
  it("uses the first section as the notification text", () => {
    expect(reply([section("Hallo")]).text).toBe("Hallo");
  });
});
