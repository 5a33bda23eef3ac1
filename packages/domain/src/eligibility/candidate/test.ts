import { describe, expect, it } from "vitest";
import { CandidateSchema } from "./index.js";

describe("CandidateSchema", () => {
  it("accepts a candidate with no relation at all", () => {
    expect(CandidateSchema.parse({})).toEqual({});
  });

  it("refuses fields it does not know, such as a name", () => {
    expect(CandidateSchema.safeParse({ name: "Jan" }).success).toBe(false);
  });

  it("refuses a care end date for someone who is not a former client", () => {
    const parsed = CandidateSchema.safeParse({ client: "current", careEndedOn: "2025-01-01" });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(["date_without_former_client"]);
  });

  it("refuses an employment end date for someone who is not a former employee", () => {
    const parsed = CandidateSchema.safeParse({ employee: "no", employmentEndedOn: "2025-01-01" });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(["date_without_former_employee"]);
  });

  it("refuses an 'other' text longer than 500 characters", () => {
    expect(CandidateSchema.safeParse({ other: "x".repeat(501) }).success).toBe(false);
  });
});
