import * as z from "zod";
import { catalogueIndex, findTrainingItem } from "../catalogue/index.js";
import {
  SITUATION_IDS,
  type SituationId,
  SituationIdSchema,
  type TopicId,
  TopicIdSchema,
  TRAINING_ITEM_IDS,
  type TrainingItemId,
  TrainingItemIdSchema,
} from "../ids/index.js";
import { type ResourceId } from "../resources/index.js";
import { situations, type TrainingSituation } from "../situations/index.js";

/**
 * How much each link adds to an item's score. A product choice, not a rule of the guide: an item
 * that answers a situation directly outweighs one that helps around it; an item that treats a
 * topic of the decision itself sits between.
 *
 * @example
 * RECOMMENDATION_WEIGHTS.primary; // 3
 */
export const RECOMMENDATION_WEIGHTS = { primary: 3, coversTopic: 2, secondary: 1 } as const;

/**
 * Zod schema for the council's situation: the situations it ticks, the Wmcz topics of the
 * decisions it faces (for example from `assessDecision` findings), the items it has done already
 * and how many recommendations it wants.
 *
 * @example
 * CouncilSituationSchema.parse({ situations: ["new-council"] });
 * // { situations: ["new-council"], topics: [], completed: [] }
 */
export const CouncilSituationSchema = z.object({
  situations: z.array(SituationIdSchema).max(SITUATION_IDS.length * 2).default([]),
  topics: z.array(TopicIdSchema).max(100).default([]),
  completed: z.array(TrainingItemIdSchema).max(TRAINING_ITEM_IDS.length * 2).default([]),
  limit: z.number().int().min(1).max(TRAINING_ITEM_IDS.length).optional(),
});

/**
 * The council's situation as a caller writes it (every list optional).
 * @example
 * const situation: CouncilSituation = { situations: ["new-members"], topics: ["housing-and-building"] };
 */
export type CouncilSituation = z.input<typeof CouncilSituationSchema>;

/**
 * Why an item or resource is recommended.
 * @example
 * const reason: RecommendationReason = { code: "covers_topic", params: { topic: "budget-and-accounts" } };
 */
export type RecommendationReason =
  | { readonly code: "fits_situation"; readonly params: { readonly situation: SituationId; readonly strength: "primary" | "secondary" } }
  | {
      readonly code: "fits_situation_from_topic";
      readonly params: { readonly situation: SituationId; readonly strength: "primary" | "secondary"; readonly topic: TopicId };
    }
  | { readonly code: "covers_topic"; readonly params: { readonly topic: TopicId } };

/**
 * One recommended catalogue item, best first (`rank` 1).
 * @example
 * recommendTraining({ situations: ["no-work-plan"] }).recommendations[0]?.itemId; // "work-plan"
 */
export type TrainingRecommendation = {
  readonly itemId: TrainingItemId;
  readonly rank: number;
  readonly score: number;
  readonly reasons: readonly RecommendationReason[];
};

/**
 * A recommended resource outside the catalogue (a national course, booklet, guide or video).
 * @example
 * recommendTraining({ situations: ["new-members"] }).resources[0]?.resourceId; // "welcome-course"
 */
export type ResourceRecommendation = {
  readonly resourceId: ResourceId;
  readonly reasons: readonly Extract<RecommendationReason, { code: "fits_situation" | "fits_situation_from_topic" }>[];
};

/**
 * A problem with the input, as a code with parameters.
 * @example
 * recommendTraining({}).issues; // [{ code: "nothing_to_recommend", params: {} }]
 */
export type RecommendIssue =
  | { readonly code: "invalid_situation"; readonly params: { readonly path: string; readonly problem: string } }
  | { readonly code: "nothing_to_recommend"; readonly params: Record<string, never> };

/**
 * What {@link recommendTraining} returns.
 * @example
 * recommendTraining({ situations: ["new-council"], completed: ["basic-course"] }).alreadyDone; // ["basic-course"]
 */
export type RecommendTrainingResult = {
  readonly recommendations: readonly TrainingRecommendation[];
  readonly resources: readonly ResourceRecommendation[];
  /** Situations that apply, each with what set it off. */
  readonly situations: readonly { readonly id: SituationId; readonly triggeredBy: "council" | TopicId }[];
  /** Items that would have been recommended but the council has done already. */
  readonly alreadyDone: readonly TrainingItemId[];
  readonly issues: readonly RecommendIssue[];
};

const EMPTY: RecommendTrainingResult = { recommendations: [], resources: [], situations: [], alreadyDone: [], issues: [] };

/**
 * Recommends training from the council's situation: each ticked situation, each situation that a
 * topic of a coming decision sets off, and each item that treats such a topic adds to an item's
 * score ({@link RECOMMENDATION_WEIGHTS}). Items come best first, ties in the guide's order; items
 * done already are left out and listed. Invalid input gives coded issues, never a throw.
 *
 * @example
 * const result = recommendTraining({ situations: ["recruitment-trouble"] });
 * result.recommendations[0]?.itemId; // "recruiting-members"
 * result.resources.map((r) => r.resourceId);
 * // ["online-course-recruiting", "recruiting-guide", "recruiting-video"]
 *
 * @example
 * recommendTraining({ topics: ["merger-or-cooperation"] }).recommendations[0];
 * // { itemId: "mergers-and-acquisitions", rank: 1, score: 5, reasons: [
 * //   { code: "fits_situation_from_topic", params: { situation: "merger-ahead", strength: "primary", topic: "merger-or-cooperation" } },
 * //   { code: "covers_topic", params: { topic: "merger-or-cooperation" } } ] }
 */
export function recommendTraining(situation: CouncilSituation): RecommendTrainingResult {
  const parsed = CouncilSituationSchema.safeParse(situation);
  if (!parsed.success) {
    return {
      ...EMPTY,
      issues: parsed.error.issues.map((issue) => ({ code: "invalid_situation", params: { path: issue.path.join("."), problem: issue.code } })),
    };
  }
  const input = parsed.data;
  if (input.situations.length === 0 && input.topics.length === 0) {
    return { ...EMPTY, issues: [{ code: "nothing_to_recommend", params: {} }] };
  }

  const ticked = new Set(input.situations);
  const topics = [...new Set(input.topics)];
  const active: { situation: TrainingSituation; triggeredBy: "council" | TopicId }[] = [];
  for (const candidate of situations) {
    if (ticked.has(candidate.id)) active.push({ situation: candidate, triggeredBy: "council" });
    else {
      const topic = topics.find((t) => candidate.topics.includes(t));
      if (topic !== undefined) active.push({ situation: candidate, triggeredBy: topic });
    }
  }

  const scores = new Map<TrainingItemId, { score: number; reasons: RecommendationReason[] }>();
  const add = (id: TrainingItemId, weight: number, reason: RecommendationReason) => {
    const entry = scores.get(id) ?? { score: 0, reasons: [] };
    entry.score += weight;
    entry.reasons.push(reason);
    scores.set(id, entry);
  };
  const resourceReasons = new Map<ResourceId, ResourceRecommendation["reasons"][number][]>();

  for (const { situation: current, triggeredBy } of active) {
    const reasonFor = (strength: "primary" | "secondary"): Extract<RecommendationReason, { code: "fits_situation" | "fits_situation_from_topic" }> =>
      triggeredBy === "council"
        ? { code: "fits_situation", params: { situation: current.id, strength } }
        : { code: "fits_situation_from_topic", params: { situation: current.id, strength, topic: triggeredBy } };
    for (const id of current.primary) add(id, RECOMMENDATION_WEIGHTS.primary, reasonFor("primary"));
    for (const id of current.secondary) add(id, RECOMMENDATION_WEIGHTS.secondary, reasonFor("secondary"));
    for (const id of current.resources) resourceReasons.set(id, [...(resourceReasons.get(id) ?? []), reasonFor("primary")]);
  }
  for (const topic of topics) {
    for (const id of TRAINING_ITEM_IDS) {
      if (findTrainingItem(id)?.topics.includes(topic) === true) add(id, RECOMMENDATION_WEIGHTS.coversTopic, { code: "covers_topic", params: { topic } });
    }
  }

  const done = new Set(input.completed);
  const ranked = [...scores.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || catalogueIndex(a) - catalogueIndex(b));
  const open = ranked.filter(([id]) => !done.has(id));
  const limited = input.limit === undefined ? open : open.slice(0, input.limit);

  return {
    recommendations: limited.map(([itemId, entry], index) => ({ itemId, rank: index + 1, score: entry.score, reasons: entry.reasons })),
    resources: [...resourceReasons.entries()].map(([resourceId, reasons]) => ({ resourceId, reasons })),
    situations: active.map(({ situation: current, triggeredBy }) => ({ id: current.id, triggeredBy })),
    alreadyDone: ranked.filter(([id]) => done.has(id)).map(([id]) => id),
    issues: [],
  };
}
