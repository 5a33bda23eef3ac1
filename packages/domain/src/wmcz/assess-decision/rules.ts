import type { ProcedureId, TopicId } from "../topic-ids/index.js";
import type { ConditionCode } from "../topics/index.js";
import type { ConceptId } from "./concepts.js";

/**
 * One way a text can show a topic: a combination of concepts in one sentence. The first concept
 * is the core word; the others must stand in the same sentence (within `near` words of the core
 * when given). Signals add up; a topic is found when one sentence reaches {@link THRESHOLD}.
 *
 * @example
 * const s: Signal = { all: ["LAYOUT", "SPACE"], weight: 1, near: 6 }; // "indeling van de kamers"
 */
export type Signal = {
  readonly all: readonly [ConceptId, ...ConceptId[]];
  readonly weight: number;
  readonly near?: number;
  /** The signal does not count when one of these stands in the sentence … */
  readonly blockedBy?: readonly ConceptId[];
  /** … unless one of these does too. */
  readonly unless?: readonly ConceptId[];
  /** At least one of these must occur somewhere in the text (any sentence). */
  readonly inText?: readonly ConceptId[];
  /** None of these may occur anywhere in the text. */
  readonly notInText?: readonly ConceptId[];
  /** A partner does not count when one of these stands between it and the core ("we starten de werving … voor de woongroepen"). */
  readonly notBetween?: readonly ConceptId[];
  /**
   * A partner does not count when it only says what another word is of or for: "de wachtlijst voor de
   * woonvorm", "de cliëntenraad van locatie Zuid" (the list or the council is what the verb is about).
   */
  readonly partnerNotOf?: readonly ConceptId[];
  /** The partners must stand in the core's clause (a verb and its object: "stellen wij een cliëntenraad in"). */
  readonly sameClause?: boolean;
  /**
   * A legal condition this reading carries: when only signals with this condition found the topic,
   * the finding carries it ("ambtelijk secretaris": only if that person gives the independent support).
   */
  readonly condition?: ConditionCode;
};

/**
 * A sentence-level guard: when one of `any` stands in the sentence (within `near` words of a
 * matched core word, when given) and none of `unless` does, the topic gets nothing from that sentence.
 *
 * @example
 * const g: Guard = { any: ["STAFF"], unless: ["CLIENT"] }; // staff-only sentences give nothing
 */
export type Guard = {
  readonly any: readonly ConceptId[];
  readonly unless?: readonly ConceptId[];
  readonly near?: number;
  readonly side?: "before" | "after";
  /** Only a word in the core's own clause counts (not one in a heading, in brackets or after a comma in a list). */
  readonly ownClause?: boolean;
};

/**
 * Local reasons to ignore a core word: "geen fusie", "volgens de medezeggenschapsregeling", "kleine verbouwing",
 * "de cliëntenraad past zijn huishoudelijk reglement aan" (council-own).
 *
 * @example
 * const skip: Skip[] = ["negated", "reference"];
 */
export type Skip = "negated" | "reference" | "minor" | "context" | "settled" | "external" | "council-own";

/**
 * The rule for one topic or procedure.
 *
 * @example
 * TOPIC_RULES.find((r) => r.target === "budget-and-accounts")?.signals[0]?.all; // ["BUDGET"]
 */
export type Rule<Target extends string> = {
  readonly target: Target;
  readonly signals: readonly Signal[];
  readonly skip: readonly Skip[];
  readonly guards: readonly Guard[];
};

/**
 * Score a sentence must reach for a finding. One strong signal (1.0) or two weak ones.
 *
 * @example
 * THRESHOLD; // 1
 */
export const THRESHOLD = 1;

/** Staff-only context: the text is about employees, not clients. */
const staffOnly: Guard = { any: ["STAFF"], unless: ["CLIENT"] };
/** Offices and support departments, not care. */
const backOfficeOnly: Guard = { any: ["BACKOFFICE", "STAFF_SPACE"], unless: ["CLIENT", "CARE"] };

/** Words whose "of the unit" makes the unit a mere qualifier: the waiting list, council, door or rules of a unit. */
const NOT_A_UNIT: readonly ConceptId[] = ["BACKOFFICE", "DOOR", "ADMISSION", "ADMISSION_POLICY", "COUNCIL", "DOOR_OR_TIME", "HOUSE_RULES", "PROCESS_NOUN", "FOOD", "BUDGET", "MANAGER", "STAFF"];

/**
 * Rules for the advice and consent topics.
 *
 * @example
 * TOPIC_RULES.length; // 20, one per topic
 */
export const TOPIC_RULES: readonly Rule<TopicId>[] = [
  {
    target: "purpose-or-basis",
    signals: [
      { all: ["PURPOSE", "CHANGE"], weight: 1 },
      { all: ["PURPOSE", "ORG_ENTITY"], weight: 0.6, near: 4 },
      { all: ["IDENTITY", "RELIGION"], weight: 1, near: 4 },
      { all: ["BASIS"], weight: 1 },
    ],
    skip: ["negated", "reference", "settled", "external"],
    guards: [{ any: ["COUNCIL", "STAFF", "QUALITY", "BUDGET"], near: 4 }],
  },
  {
    target: "merger-or-cooperation",
    signals: [
      { all: ["MERGER"], weight: 1 },
      // "de klachtencommissie samenvoegen met die van Zorggroep Oost" merges a committee, not the organisations.
      // "de teams van onze organisatie worden samengevoegd": the organisation only says whose teams merge.
      { all: ["MERGE_VERB", "ORG_ENTITY"], weight: 1, near: 6, blockedBy: ["COMPLAINT_REG", "PARTICIPATION_REG", "COUNCIL"], unless: ["MERGER"], partnerNotOf: ["UNIT", "STAFF", "BACKOFFICE", "COUNCIL"] },
      { all: ["COOPERATION", "DURABLE"], weight: 1, near: 8 },
      { all: ["COOPERATION", "PARTNER"], weight: 1, near: 6 },
    ],
    skip: ["negated", "context", "settled", "external"],
    guards: [{ any: ["WORKS_COUNCIL"], near: 3, side: "after" }, staffOnly],
  },
  {
    target: "transfer-of-control",
    signals: [
      { all: ["TAKEOVER", "CONTROL"], weight: 1, near: 5 },
      { all: ["TAKEOVER", "CARE_SERVICE"], weight: 1, near: 5, blockedBy: ["HANDOVER_CARE", "STAFF"], unless: ["ORG_ENTITY"] },
      { all: ["TAKEOVER", "UNIT"], weight: 1, near: 5, blockedBy: ["HANDOVER_CARE", "PROPERTY_BUYER"] },
      { all: ["TAKEOVER", "ORG_ENTITY"], weight: 1, near: 6, blockedBy: ["HANDOVER_CARE", "PROPERTY_BUYER"] },
      { all: ["TAKEOVER_STRONG"], weight: 1, blockedBy: ["HANDOVER_CARE"] },
      // "de jongeren dragen wij warm over": handing clients over when care stops, not control.
      { all: ["CARRY", "OVER", "CARE_SERVICE"], weight: 1, near: 6, blockedBy: ["HANDOVER_CARE"], unless: ["CONTROL"] },
      { all: ["CARRY", "OVER", "UNIT"], weight: 1, near: 6, blockedBy: ["HANDOVER_CARE"], unless: ["CONTROL"] },
      { all: ["TRANSFER_PHRASE", "UNIT"], weight: 1, near: 6, blockedBy: ["OWN_UNIT_DEST"] },
      // "ondergebracht bij Stichting Philadelphia" — not "bij locatie Deventer" (a regrouping).
      { all: ["MOVE_UNDER", "PARTNER"], weight: 1, near: 4, sameClause: true, blockedBy: ["OWN_UNIT_DEST", "OWN_NEW_ENTITY"], unless: ["CONTROL"] },
      { all: ["TRANSFER_PHRASE", "CARE_SERVICE"], weight: 1, near: 6, blockedBy: ["OWN_UNIT_DEST"] },
      { all: ["CONTROL", "NEW"], weight: 1, near: 1 },
      // "… enig bestuurder van onze stichting wordt en dus de zeggenschap over onze stichting krijgt".
      { all: ["CONTROL", "ACQUIRE", "ORG_ENTITY"], weight: 1, near: 4 },
      { all: ["SOLE_CONTROL", "ORG_ENTITY"], weight: 1, near: 4 },
    ],
    skip: ["negated", "context", "settled", "external"],
    guards: [staffOnly, { any: ["BUILD", "NEW_BUILDING", "STAFF_SPACE"], near: 3 }],
  },
  {
    target: "ending-or-expanding-care",
    signals: [
      { all: ["ENDING_VERB", "UNIT"], weight: 1, near: 12, blockedBy: ["DOOR_OR_TIME", "CONTRACT"], unless: ["PLACES"], partnerNotOf: NOT_A_UNIT },
      { all: ["ENDING_VERB", "CARE_SERVICE"], weight: 1, near: 5, blockedBy: ["DOOR_OR_TIME", "CONTRACT", "POLICY_WORD"], unless: ["UNIT"] },
      { all: ["EXPANSION", "UNIT", "NEW"], weight: 1, near: 6, blockedBy: ["DOOR_OR_TIME"], notBetween: ["PROCESS_NOUN"], partnerNotOf: NOT_A_UNIT },
      { all: ["EXPANSION", "PLACES"], weight: 1, near: 6, notBetween: ["PROCESS_NOUN"] },
      { all: ["EXTRA_PLACES"], weight: 1, blockedBy: ["STAFF_SPACE", "BACKOFFICE"], unless: ["CLIENT", "CARE"] },
      { all: ["NO_LONGER", "OFFER", "CARE_SERVICE"], weight: 1, near: 6 },
      { all: ["REDUCE_VERB", "PLACES"], weight: 1, near: 6, sameClause: true },
      { all: ["EXPANSION", "CARE_SERVICE"], weight: 1, near: 4, blockedBy: ["DOOR_OR_TIME", "STAFF"], unless: ["UNIT"], notBetween: ["PROCESS_NOUN"] },
      // "een nieuw verpleeghuis bouwen" adds places; "vervangende nieuwbouw" does not.
      { all: ["NEW_FACILITY", "BUILD"], weight: 1, near: 5, blockedBy: ["REPLACE"] },
      { all: ["NEW_FACILITY", "ARRIVE"], weight: 1, near: 4, blockedBy: ["REPLACE"] },
      { all: ["NEW_FACILITY", "EXPANSION"], weight: 1, near: 8, blockedBy: ["REPLACE"] },
    ],
    skip: ["negated", "minor", "context", "settled", "external"],
    guards: [
      { any: ["COUNCIL", "SUPERVISORY"], near: 4 },
      backOfficeOnly,
      { any: ["BUILD"], near: 3, unless: ["NEW_FACILITY", "EXTRA_PLACES"] },
      // "de doelstelling wordt uitgebreid met jeugdzorg": the purpose grows, not the care on offer.
      { any: ["PURPOSE", "BASIS"], ownClause: true },
      { any: ["FOOD", "ACTIVITY", "RECREATION", "ADMISSION", "HOUSE_RULES"], near: 3 },
    ],
  },
  {
    target: "major-organisational-change",
    signals: [
      { all: ["ORG_CHANGE"], weight: 1 },
      { all: ["REGROUP", "GROUPING"], weight: 1, near: 4, sameClause: true },
      { all: ["MOVE_UNDER", "UNIT"], weight: 1, near: 6, sameClause: true, blockedBy: ["PARTNER", "ORG_ENTITY", "CONTROL"], unless: ["OWN_UNIT_DEST"] },
      // "de afdeling somatiek gaat over naar locatie Zuid": moving a unit inside the provider.
      { all: ["TRANSFER_PHRASE", "OWN_UNIT_DEST"], weight: 1, near: 2, sameClause: true },
      // "onderbrengen in één nieuwe stichting" of its own — unless control goes elsewhere ("met een nieuwe eigenaar").
      { all: ["MOVE_UNDER", "OWN_NEW_ENTITY"], weight: 1, near: 6, sameClause: true, blockedBy: ["CONTROL"] },
      { all: ["SELF_MANAGING", "UNIT"], weight: 1, near: 4 },
      { all: ["SELF_MANAGING", "GROUPING"], weight: 1, near: 2 },
      // "de organisatie wordt anders ingericht".
      { all: ["ORGANISE_VERB", "DIFFERENT", "ORGANISATION_WORD"], weight: 1, near: 4, sameClause: true },
      { all: ["MERGE_VERB", "UNIT"], weight: 1, near: 6 },
      { all: ["CENTRALISE", "CARE"], weight: 1, near: 6 },
      { all: ["ORGANISE_VERB", "DIFFERENT", "CARE_SERVICE"], weight: 1, near: 6 },
      // "… anders organiseren: één nachtteam voor de hele regio".
      { all: ["ORGANISE_VERB", "DIFFERENT", "UNIT"], weight: 1, near: 6, notBetween: ["PROCESS_NOUN"] },
      { all: ["DIFFERENT", "ORGANISATION_WORD", "IMPORTANT"], weight: 1, near: 4 },
      { all: ["INSTALL", "ORG_ENTITY"], weight: 1, near: 4, sameClause: true },
    ],
    skip: ["negated", "minor", "reference", "context", "settled", "external"],
    guards: [backOfficeOnly, { any: ["COUNCIL", "PARTICIPATION_REG"], near: 4 }],
  },
  {
    target: "board-supervisor-profiles",
    signals: [
      { all: ["PROFILE", "BOARD"], weight: 1, near: 8 },
      { all: ["PROFILE"], weight: 1, inText: ["SUPERVISORY"] },
    ],
    skip: ["negated", "reference", "settled", "external"],
    guards: [{ any: ["COMPLAINTS_OFFICER", "SUPPORTER", "SECRETARY", "MANAGER"], near: 3 }],
  },
  {
    target: "budget-and-accounts",
    signals: [{ all: ["BUDGET"], weight: 1 }],
    skip: ["negated", "reference", "context", "settled", "external", "council-own"],
    // "de begroting van de cliëntenraad", "onze eigen begroting", "de begroting voor het personeelsfeest":
    // the council's own money, or a budget for staff or one event, is not the organisation's budget.
    guards: [
      { any: ["COUNCIL", "STAFF", "ACTIVITY", "PROCESS_NOUN"], near: 3, side: "after" },
      { any: ["COUNCIL_BARE"], near: 3, side: "after", unless: ["BOARD"] },
      { any: ["COUNCIL_OWN"], near: 2, side: "before" },
    ],
  },
  {
    target: "housing-and-building",
    signals: [
      { all: ["BUILD"], weight: 1 },
      { all: ["NEW_BUILDING", "NEW"], weight: 1, near: 2, inText: ["CLIENT", "CARE", "UNIT"] },
      { all: ["NEW_BUILDING", "TAKEOVER"], weight: 1, near: 4, inText: ["CLIENT", "CARE", "UNIT"] },
    ],
    skip: ["negated", "minor", "reference", "context", "settled", "external"],
    guards: [backOfficeOnly, staffOnly],
  },
  {
    target: "care-manager-appointment",
    signals: [
      { all: ["MANAGER", "APPOINT"], weight: 1, near: 8 },
      { all: ["MANAGER", "PROFILE"], weight: 1, near: 6 },
      // "vier regio's met elk een eigen regiomanager" in a reorganisation names a post, it does not fill one.
      { all: ["MANAGER", "NEW"], weight: 1, near: 1, blockedBy: ["ORG_CHANGE", "REGROUP", "MERGE_VERB"], unless: ["APPOINT"] },
      // "… afscheid van onze locatiemanager; de vacature wordt uitgezet": filling the post named before.
      { all: ["SUCCESSION"], weight: 1, inText: ["MANAGER"], notInText: ["BOARD", "SUPERVISORY", "SUPPORTER", "SECRETARY", "COMPLAINTS_OFFICER", "COUNCIL_MEMBER"], blockedBy: ["STAFF_PEOPLE"] },
    ],
    skip: ["negated", "settled", "external"],
    guards: [backOfficeOnly],
  },
  {
    target: "participation-regulation",
    signals: [
      { all: ["PARTICIPATION_REG"], weight: 1 },
      // "de medezeggenschap anders inrichten": the structure the regulation lays down.
      { all: ["PARTICIPATION", "ORGANISE_VERB", "DIFFERENT"], weight: 1, near: 4 },
    ],
    skip: ["negated", "reference", "settled", "external"],
    guards: [],
  },
  {
    target: "complaints-regulation",
    signals: [{ all: ["COMPLAINT_REG"], weight: 1 }],
    skip: ["negated", "reference", "settled", "external"],
    guards: [staffOnly],
  },
  {
    target: "client-regulations",
    signals: [
      { all: ["HOUSE_RULES"], weight: 1 },
      { all: ["REG", "CLIENT"], weight: 1, near: 8 },
      { all: ["PRICE", "SERVICE"], weight: 1, near: 6, blockedBy: ["NONCLIENT", "BUILD"], unless: ["CLIENT"] },
      { all: ["PRICE", "CLIENT"], weight: 1, near: 6, blockedBy: ["BUILD", "BUDGET"], unless: ["SERVICE"] },
      { all: ["PAY", "SERVICE", "CLIENT"], weight: 1, near: 8, blockedBy: ["NONCLIENT"], unless: ["CLIENT"] },
      { all: ["DOOR", "CLOCK"], weight: 1, near: 6 },
      { all: ["VISIT", "CLIENT", "PERMISSION"], weight: 1, near: 6 },
      { all: ["VISIT", "PERMISSION"], weight: 1, near: 4 },
      { all: ["CLIENT_RULE_SUBJECT", "POLICY_WORD"], weight: 1, near: 5, blockedBy: ["STAFF"], unless: ["CLIENT"] },
      { all: ["CLIENT_RULE_SUBJECT", "REG"], weight: 1, near: 4, blockedBy: ["STAFF"], unless: ["CLIENT"] },
      // "voortaan mogen bewoners hun huisdier meenemen": what clients may or must do is a rule.
      { all: ["CLIENT_RULE_SUBJECT", "PERMISSION", "CLIENT"], weight: 1, near: 4, sameClause: true },
      // "op de afdeling mag niet meer gerookt worden": a rule in a place of care.
      { all: ["CLIENT_RULE_SUBJECT", "PERMISSION", "CARE"], weight: 1, near: 6, sameClause: true, blockedBy: ["STAFF", "STAFF_SPACE"], unless: ["CLIENT"] },
      { all: ["CLIENT_RULE_SUBJECT", "CHANGE", "CLIENT"], weight: 1, near: 4, sameClause: true, blockedBy: ["STAFF", "NONCLIENT"], unless: ["CLIENT"] },
      // "bewoners betalen € 15 per knipbeurt": what clients pay.
      { all: ["AMOUNT", "PAY", "CLIENT"], weight: 1, near: 5, sameClause: true, blockedBy: ["NONCLIENT", "STAFF"], unless: ["CLIENT"] },
      { all: ["AMOUNT", "PAY", "SERVICE"], weight: 1, near: 6, sameClause: true, blockedBy: ["NONCLIENT", "STAFF", "STAFF_SPACE", "BACKOFFICE"], unless: ["CLIENT"] },
      { all: ["CLIENT_PRICE", "PRICE_MOVE"], weight: 1, near: 6, sameClause: true },
      { all: ["CLIENT_PRICE", "CHANGE"], weight: 1, near: 6, sameClause: true },
      // "de huur van de appartementen stijgt met 3%": the price of a service to clients changes.
      { all: ["SERVICE", "PRICE_MOVE"], weight: 1, near: 4, sameClause: true, blockedBy: ["NONCLIENT", "STAFF", "STAFF_SPACE", "BACKOFFICE"], unless: ["CLIENT"] },
      { all: ["PERMISSION", "CLIENT", "CHANGE"], weight: 1, near: 4, blockedBy: ["FOOD", "ACTIVITY", "RECREATION", "SPIRIT", "CAREPLAN", "PAY", "PRICE", "COUNCIL", "SOCIAL_PLAN", "MOVE_ARRANGEMENT", "BUILD"] },
    ],
    skip: ["negated", "reference", "settled", "external", "council-own"],
    guards: [
      { any: ["STAFF", "NONCLIENT"], unless: ["CLIENT", "SERVICE", "VISIT"] },
      { any: ["COUNCIL"], near: 4, side: "after" },
      { any: ["PARTICIPATION_REG", "COMPLAINT_REG"], near: 2, ownClause: true },
    ],
  },
  {
    target: "complaints-officer-profile",
    signals: [
      { all: ["COMPLAINTS_OFFICER", "PROFILE"], weight: 1, near: 8 },
      { all: ["COMPLAINTS_OFFICER", "APPOINT"], weight: 1, near: 8 },
    ],
    skip: ["negated", "reference", "settled", "external"],
    guards: [staffOnly],
  },
  {
    target: "care-plan-procedure",
    signals: [
      { all: ["CAREPLAN", "PROCESS"], weight: 1, near: 12 },
      { all: ["CAREPLAN", "CHANGE"], weight: 0.5, near: 6 },
    ],
    skip: ["negated", "reference", "settled", "external"],
    guards: [staffOnly],
  },
  {
    target: "quality-safety-hygiene",
    signals: [
      { all: ["QUALITY_DOC"], weight: 1 },
      { all: ["QUALITY", "POLICY"], weight: 1, near: 5 },
      { all: ["SAFETY", "POLICY"], weight: 1, near: 5 },
      { all: ["HYGIENE", "POLICY"], weight: 1, near: 5 },
      { all: ["HYGIENE", "CHANGE"], weight: 1, near: 5 },
      // "Inzet van camera's in de gangen van de afdeling": watching clients is a safety measure.
      { all: ["SURVEILLANCE", "CARE"], weight: 1, near: 8, blockedBy: ["BACKOFFICE", "STAFF_SPACE"], unless: ["CLIENT", "CARE"] },
      { all: ["SURVEILLANCE", "CLIENT"], weight: 1, near: 8 },
      { all: ["SURVEILLANCE", "SPACE"], weight: 1, near: 6, inText: ["CLIENT", "CARE"] },
    ],
    skip: ["negated", "reference", "settled", "external"],
    guards: [staffOnly, backOfficeOnly, { any: ["BUILD", "FOOD"], near: 2 }],
  },
  {
    target: "admission-and-ending-care",
    signals: [
      { all: ["ADMISSION", "POLICY"], weight: 1, near: 5 },
      { all: ["ADMISSION_POLICY"], weight: 1 },
      { all: ["ADMISSION_AND_DISCHARGE", "POLICY"], weight: 1, near: 4 },
      // "de wachtlijst wordt gesloten": no more admissions.
      { all: ["ADMISSION", "ENDING_VERB"], weight: 1, near: 5, sameClause: true },
      { all: ["ENDING_CARE", "CARE_RELATION", "POLICY_WORD"], weight: 1, near: 6 },
      { all: ["PRIORITY", "CLIENT"], weight: 1, near: 6 },
      { all: ["ADMISSION", "PRIORITY"], weight: 1, near: 6 },
    ],
    // "binnen zes weken na opname": admission as a moment in time, not admission policy.
    skip: ["negated", "reference", "context", "settled", "external"],
    guards: [{ any: ["STAFF"], unless: ["CLIENT", "ADMISSION_AND_DISCHARGE"] }, { any: ["COUNCIL"], near: 5 }],
  },
  {
    target: "daily-life-policy",
    signals: [
      { all: ["FOOD_POLICY"], weight: 1 },
      { all: ["RECREATION"], weight: 1 },
      { all: ["SPIRIT_CARE"], weight: 1 },
      { all: ["FOOD", "CHANGE"], weight: 1, near: 6, blockedBy: ["PRICE", "PAY"], unless: ["POLICY_WORD"] },
      { all: ["SPIRIT", "CHANGE"], weight: 1, near: 6 },
      { all: ["SPIRIT", "POLICY_WORD"], weight: 1, near: 6 },
      { all: ["RECREATION", "CHANGE"], weight: 1, near: 6, blockedBy: ["PRICE", "PAY"], unless: ["POLICY_WORD"] },
      { all: ["RECREATION", "POLICY_WORD"], weight: 1, near: 6 },
      { all: ["ACTIVITY", "CHANGE"], weight: 1, near: 6, blockedBy: ["PRICE", "PAY", "STAFF", "COUNCIL"], unless: ["POLICY_WORD"] },
      { all: ["SOCIAL_HELP", "CHANGE"], weight: 1, near: 6 },
      { all: ["SOCIAL_HELP", "POLICY_WORD"], weight: 1, near: 6 },
    ],
    skip: ["negated", "reference", "settled", "external"],
    guards: [staffOnly, { any: ["NONCLIENT"], unless: ["CLIENT"], near: 4 }, { any: ["IDENTITY", "PURPOSE", "BASIS"], near: 4 }],
  },
  {
    target: "social-plan",
    signals: [
      { all: ["SOCIAL_PLAN"], weight: 1, inText: ["CLIENT", "BUILD"] },
      { all: ["MOVE_ARRANGEMENT", "CLIENT"], weight: 1, near: 8 },
    ],
    skip: ["negated", "reference", "settled", "external"],
    guards: [{ any: ["STAFF"], unless: ["CLIENT"] }],
  },
  {
    target: "room-layout",
    signals: [{ all: ["LAYOUT", "SPACE"], weight: 1, near: 6 }],
    skip: ["negated", "reference", "settled", "external"],
    guards: [{ any: ["STAFF_SPACE", "BACKOFFICE"], unless: ["CLIENT"] }, { any: ["ORG_ENTITY", "CARE_SERVICE", "ORG_CHANGE", "COUNCIL"], near: 3, unless: ["SPACE"] }],
  },
  {
    target: "supporter-appointment",
    signals: [
      { all: ["SUPPORTER", "APPOINT"], weight: 1, near: 8 },
      { all: ["SUPPORTER", "PROFILE"], weight: 1, near: 8 },
      // An ambtelijk secretaris is not automatically the independent supporter: found, with a condition.
      { all: ["SECRETARY", "APPOINT"], weight: 1, near: 8, condition: "independent_support_only" },
      { all: ["SECRETARY", "PROFILE"], weight: 1, near: 8, condition: "independent_support_only" },
    ],
    skip: ["negated", "reference", "settled", "external"],
    guards: [{ any: ["CARE_ROLE_BEFORE"], near: 1, side: "before" }],
  },
];

/**
 * Rules for the other Wmcz procedures.
 *
 * @example
 * PROCEDURE_RULES.map((r) => r.target); // ["council-installation", "council-dissolution", "board-appointment", "binding-nomination", "right-of-enquiry"]
 */
export const PROCEDURE_RULES: readonly Rule<ProcedureId>[] = [
  {
    target: "council-installation",
    // "de Ondernemingskamer vragen een enquête in te stellen": another thing installed stands between.
    signals: [{ all: ["INSTALL", "COUNCIL"], weight: 1, near: 5, notBetween: ["PROCESS_NOUN", "ENQUIRY"], sameClause: true }],
    skip: ["negated", "settled", "external"],
    guards: [{ any: ["SUPERVISORY"], near: 4 }],
  },
  {
    target: "council-dissolution",
    signals: [
      { all: ["DISSOLVE", "COUNCIL"], weight: 1, near: 5 },
      { all: ["DISSOLVE", "COUNCIL_REF"], weight: 1, near: 3 },
    ],
    skip: ["negated", "settled", "external"],
    guards: [],
  },
  {
    // No advice or consent on the person; the routes are the profile (art. 7 f) and art. 10.
    target: "board-appointment",
    signals: [{ all: ["BOARD_MEMBER", "FILL_POST"], weight: 1, near: 6 }],
    skip: ["negated", "settled", "external"],
    guards: [{ any: ["MANAGER", "SUPPORTER", "SECRETARY", "COMPLAINTS_OFFICER", "COUNCIL", "STAFF_PEOPLE", "PROFILE", "NOMINATION"] }],
  },
  {
    target: "binding-nomination",
    signals: [{ all: ["NOMINATION", "SUPERVISORY"], weight: 1, near: 10 }],
    skip: ["negated", "settled", "external"],
    guards: [],
  },
  {
    target: "right-of-enquiry",
    signals: [{ all: ["ENQUIRY", "ENQUIRY_CONTEXT"], weight: 1, near: 6 }],
    skip: ["negated", "settled", "external"],
    guards: [],
  },
];
