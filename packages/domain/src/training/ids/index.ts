import * as z from "zod";
import { ADVICE_TOPIC_IDS, CONSENT_TOPIC_IDS, type TopicId } from "../../wmcz/topic-ids/index.js";

/**
 * Stable ids of the 36 offerings in the LOC training guide (seed `004`, June 2021), in the
 * guide's own order: the basic course, 11 modules on the council's own work, 10 modules on
 * advice and consent subjects, 14 advisory, coaching and support tracks.
 *
 * @example
 * TRAINING_ITEM_IDS.length; // 36
 */
export const TRAINING_ITEM_IDS = [
  "basic-course",
  // Thema's rond het werk van de raad (11)
  "internal-organisation",
  "work-plan",
  "council-rights",
  "advising",
  "vision",
  "in-contact",
  "recruiting-members",
  "social-media",
  "team-building",
  "conversation-techniques",
  "governance-and-supervision",
  // Advies- en instemmingsonderwerpen (10)
  "wkkgz",
  "clients-legal-position",
  "wzd-wvggz",
  "quality-of-care",
  "meaning-of-life",
  "safety-in-care-relations",
  "finances",
  "building",
  "additional-services",
  "large-policy-plans",
  // Advies-, coachings- of ondersteuningstraject (14)
  "council-documents",
  "lcvv-procedures",
  "mergers-and-acquisitions",
  "appreciative-inquiry",
  "self-evaluation",
  "values-portrait",
  "peer-review-cooperation",
  "cooperation-between-councils",
  "conversation-techniques-coaching",
  "cooperation-coaching",
  "reflection-meetings",
  "restructuring-participation",
  "fitting-participation",
  "mirror-conversations",
] as const;

/**
 * Id of one offering in the training catalogue.
 * @example
 * const id: TrainingItemId = "basic-course";
 */
export type TrainingItemId = (typeof TRAINING_ITEM_IDS)[number];

/**
 * Zod schema for a {@link TrainingItemId}.
 *
 * @example
 * TrainingItemIdSchema.safeParse("work-plan").success; // true
 * TrainingItemIdSchema.safeParse("cooking").success; // false
 */
export const TrainingItemIdSchema = z.enum(TRAINING_ITEM_IDS);

/**
 * Whether a string is a known training item id.
 *
 * @example
 * isTrainingItemId("vision"); // true
 */
export function isTrainingItemId(value: string): value is TrainingItemId {
  return ITEM_ID_SET.has(value);
}
const ITEM_ID_SET: ReadonlySet<string> = new Set(TRAINING_ITEM_IDS);

/**
 * Stable ids of the council situations training can answer (see `situations`).
 *
 * @example
 * SITUATION_IDS.includes("new-council"); // true
 */
export const SITUATION_IDS = [
  "new-council",
  "new-members",
  "back-to-basics",
  "no-work-plan",
  "no-shared-vision",
  "merger-ahead",
  "building-plans",
  "reorganisation",
  "new-participation-structure",
  "several-councils",
  "recruitment-trouble",
  "weak-constituency-contact",
  "client-experience",
  "team-conflict",
  "hard-conversations",
  "dispute-with-provider",
  "review-own-work",
  "participation-needs-impulse",
  "governance-role",
  "appointment-ahead",
  "budget-and-accounts",
  "complaints-policy",
  "quality-policy",
  "safety-concerns",
  "involuntary-care",
  "daily-life",
  "client-rules-and-prices",
  "care-plans-and-admission",
] as const;

/**
 * Id of a council situation.
 * @example
 * const id: SituationId = "recruitment-trouble";
 */
export type SituationId = (typeof SITUATION_IDS)[number];

/**
 * Zod schema for a {@link SituationId}.
 *
 * @example
 * SituationIdSchema.safeParse("team-conflict").success; // true
 */
export const SituationIdSchema = z.enum(SITUATION_IDS);

/**
 * Every Wmcz topic id (advice and consent), as the training area accepts them from
 * `assessDecision` findings.
 *
 * @example
 * TOPIC_IDS.includes("merger-or-cooperation"); // true
 */
export const TOPIC_IDS: readonly TopicId[] = [...ADVICE_TOPIC_IDS, ...CONSENT_TOPIC_IDS];

/**
 * Zod schema for a Wmcz {@link TopicId}.
 *
 * @example
 * TopicIdSchema.safeParse("housing-and-building").success; // true
 */
export const TopicIdSchema = z.enum([...ADVICE_TOPIC_IDS, ...CONSENT_TOPIC_IDS]);

export type { TopicId };
