import { describe, expect, it } from "vitest";
import { forwardedClient } from "./client-address.js";

describe("forwardedClient", () => {
  it("takes the entry our one proxy appended, not the one the client wrote", () => {
    expect(forwardedClient(["6.6.6.6, 203.0.113.7"], 1)).toBe("203.0.113.7");
  });

  it("takes the N-th entry from the right behind N trusted proxies", () => {
    expect(forwardedClient(["6.6.6.6, 203.0.113.7, 10.0.0.2"], 2)).toBe("203.0.113.7");
  });

  it("takes the leftmost entry when the list is shorter than the trusted proxies", () => {
    expect(forwardedClient(["203.0.113.7"], 2)).toBe("203.0.113.7");
  });

  it("reads several headers as one list", () => {
    expect(forwardedClient(["6.6.6.6", "203.0.113.7"], 1)).toBe("203.0.113.7");
  });

  it("ignores the header when no proxy is trusted, and an entry that is not an address", () => {
    expect([forwardedClient(["203.0.113.7"], 0), forwardedClient(["203.0.113.7, not-an-ip"], 1), forwardedClient([" , "], 1)]).toEqual([undefined, undefined, undefined]);
  });
});
