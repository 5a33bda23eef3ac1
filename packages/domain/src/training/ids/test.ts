import { describe, expect, it } from "vitest";
import { ADVICE_TOPIC_IDS, CONSENT_TOPIC_IDS } from "../../wmcz/topic-ids/index.js";
import { isTrainingItemId, SITUATION_IDS, TOPIC_IDS, TopicIdSchema, TRAINING_ITEM_IDS, TrainingItemIdSchema } from "./index.js";

describe("training ids", () => {
  it("has 36 unique item ids", () => {
    expect(new Set(TRAINING_ITEM_IDS).size).toBe(36);
  });

  it("has unique situation ids", () => {
    expect(new Set(SITUATION_IDS).size).toBe(SITUATION_IDS.length);
  });

  it("accepts every Wmcz advice and consent topic id, and nothing else", () => {
    expect(TOPIC_IDS).toEqual([...ADVICE_TOPIC_IDS, ...CONSENT_TOPIC_IDS]);
    expect(TopicIdSchema.safeParse("weather").success).toBe(false);
  });

  it("refuses an unknown item id", () => {
    expect(TrainingItemIdSchema.safeParse("cooking").success).toBe(false);
    expect(isTrainingItemId("cooking")).toBe(false);
    expect(isTrainingItemId("work-plan")).toBe(true);
  });
});
