import { describe, expect, it } from "vitest";
import { homeView, nextDate } from "./index.js";

const request = (o: { answerDue?: `${number}-${number}-${number}`; nullityDeadline?: `${number}-${number}-${number}`; title?: string }) => ({
  id: "r1",
  teamId: "T",
  channelId: "C",
  title: o.title ?? "Huisregels",
  right: "consent" as const,
  topicIds: [],
  requestedOn: "2026-11-01" as const,
  answerDue: o.answerDue,
  nullityDeadline: o.nullityDeadline,
  createdAt: new Date(0),
});

describe("nextDate", () => {
  it("is the answer date while it lies ahead", () => {
    expect(nextDate(request({ answerDue: "2026-12-15" }), "2026-11-23")).toBe("2026-12-15");
  });

  it("is the nullity limit once the answer date has passed", () => {
    expect(nextDate(request({ answerDue: "2026-11-01", nullityDeadline: "2026-12-20" }), "2026-11-23")).toBe("2026-12-20");
  });

  it("is nothing when every date has passed", () => {
    expect(nextDate(request({ answerDue: "2026-11-01" }), "2026-11-23")).toBeUndefined();
  });
});

describe("homeView", () => {
  it("lists followed requests with their next date, escaped", () => {
    const view = homeView("nl", [request({ answerDue: "2026-12-15", title: "A <b>" })], "2026-11-23");
    expect(JSON.stringify(view.blocks)).toContain("*A &lt;b&gt;* (instemmingsrecht): antwoorddatum 15 december 2026");
  });
});
