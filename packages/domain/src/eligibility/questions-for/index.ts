import { type MembershipRules, MembershipRulesSchema, type RelationKind } from "../membership-rules/index.js";
import { validateInput } from "../../_lib/input/index.js";
import type { ClientRelation } from "../candidate/index.js";
import { basisNeedsClientStatus } from "../_internal/index.js";

/**
 * A text in both languages, Dutch first (B1: short sentences, everyday words).
 *
 * @example
 * const text: Bilingual = { nl: "Ja", en: "Yes" };
 */
export type Bilingual = { readonly nl: string; readonly en: string };

/**
 * Every question id (a stable form field name) a form can show, in the order forms show them.
 *
 * @example
 * QUESTION_IDS[0]; // "client"
 */
export const QUESTION_IDS = [
  "client",
  "formerClient",
  "careEndedOn",
  "clientRelation",
  "employee",
  "formerEmployee",
  "employmentEndedOn",
  "volunteer",
  "supplier",
  "boardMember",
  "supervisoryBoardMember",
  "worksCouncilMember",
  "familyAssociationBoardMember",
  "otherProviderCouncilMember",
  "relativeOfStaff",
  "other",
] as const;

/**
 * One of {@link QUESTION_IDS}.
 *
 * @example
 * const id: QuestionId = "volunteer";
 */
export type QuestionId = (typeof QUESTION_IDS)[number];

/**
 * One question of the eligibility form, the Slack modal or the extension. Form values are strings:
 * `"yes"`/`"no"` for `yes_no`, `YYYY-MM-DD` for `date`, an option value for `choice`. `showIf`
 * shows the question only when another question has a given answer; `required` applies only while
 * the question is shown.
 *
 * @example
 * const q: Question = { id: "volunteer", kind: "yes_no", label: { nl: "Bent u vrijwilliger bij deze zorgorganisatie?", en: "..." }, required: true };
 */
export type Question = {
  readonly id: QuestionId;
  readonly kind: "yes_no" | "date" | "choice" | "text";
  readonly label: Bilingual;
  readonly help?: Bilingual;
  readonly options?: readonly { readonly value: string; readonly label: Bilingual }[];
  readonly showIf?: { readonly questionId: QuestionId; readonly equals: string };
  readonly required: boolean;
};

const YES_NO: Question["options"] = [
  { value: "yes", label: { nl: "Ja", en: "Yes" } },
  { value: "no", label: { nl: "Nee", en: "No" } },
];

function yesNo(id: QuestionId, label: Bilingual, extra: Partial<Pick<Question, "help" | "showIf">> = {}): Question {
  return { id, kind: "yes_no", label, options: YES_NO, required: true, ...extra };
}

const CLIENT_RELATION_LABELS: Readonly<Record<ClientRelation, Bilingual>> = {
  representative: { nl: "Ik ben wettelijk vertegenwoordiger van een cliënt", en: "I am a client's legal representative" },
  mentor: { nl: "Ik ben mentor van een cliënt", en: "I am a client's mentor" },
  relative: { nl: "Ik ben familie van een cliënt", en: "I am a client's relative" },
  mantelzorger: { nl: "Ik ben mantelzorger van een cliënt", en: "I am a client's informal carer (mantelzorger)" },
  none: { nl: "Op een andere manier, of niet", en: "In another way, or not at all" },
};

const RELATION_QUESTIONS: Readonly<Record<Exclude<RelationKind, "employee">, Pick<Question, "label" | "help">>> = {
  volunteer: { label: { nl: "Bent u vrijwilliger bij deze zorgorganisatie?", en: "Are you a volunteer at this care organisation?" } },
  supplier: {
    label: { nl: "Levert u spullen of diensten aan deze zorgorganisatie?", en: "Do you supply goods or services to this care organisation?" },
    help: { nl: "Bijvoorbeeld als leverancier of aannemer.", en: "For example as a supplier or contractor." },
  },
  boardMember: { label: { nl: "Zit u in het bestuur van deze zorgorganisatie?", en: "Are you on the board of this care organisation?" } },
  supervisoryBoardMember: {
    label: { nl: "Zit u in de raad van toezicht van deze zorgorganisatie?", en: "Are you on the supervisory board of this care organisation?" },
  },
  worksCouncilMember: {
    label: { nl: "Zit u in de ondernemingsraad van deze zorgorganisatie?", en: "Are you on the works council of this care organisation?" },
  },
  familyAssociationBoardMember: {
    label: {
      nl: "Zit u in het bestuur van de familieraad of verwantenvereniging?",
      en: "Are you on the board of the family council or relatives' association?",
    },
  },
  otherProviderCouncilMember: {
    label: { nl: "Bent u lid van de cliëntenraad van een andere zorgorganisatie?", en: "Are you a member of another care organisation's client council?" },
  },
  relativeOfStaff: {
    label: {
      nl: "Is iemand uit uw familie bestuurder of medewerker van deze zorgorganisatie?",
      en: "Is someone in your family a board member or employee of this care organisation?",
    },
    help: { nl: "Bijvoorbeeld uw partner, kind, ouder, broer of zus.", en: "For example your partner, child, parent, brother or sister." },
  },
};

const DATE_HELP: Bilingual = {
  nl: "Weet u de dag niet precies? Kies dan de eerste dag van die maand.",
  en: "Not sure of the day? Choose the first day of that month.",
};

/**
 * Only the questions these rules need, in form order. Being a client is health data, so nothing is
 * asked that cannot change the verdict: client status only when membership is limited to clients,
 * a relation only when the regulation does not simply allow it, dates only when a cooling-off
 * period or former-client window makes them matter (shown through `showIf`). The free "other"
 * question is always there and optional.
 *
 * @throws {InvalidInputError} when an argument does not match its schema; the message names each field
 * @example
 * questionsFor(commonPracticeRules).map((q) => q.id);
 * // ["employee", "formerEmployee", "employmentEndedOn", "volunteer", "supplier", "boardMember",
 * //  "supervisoryBoardMember", "worksCouncilMember", "familyAssociationBoardMember",
 * //  "otherProviderCouncilMember", "relativeOfStaff", "other"]
 */
export function questionsFor(rules: MembershipRules): readonly Question[] {
  validateInput("questionsFor", "rules", MembershipRulesSchema, rules);
  const questions: Question[] = [];
  if (basisNeedsClientStatus(rules)) {
    questions.push(yesNo("client", { nl: "Bent u nu cliënt van deze zorgorganisatie?", en: "Are you a client of this care organisation now?" }));
    if (rules.coolingOff.formerClientYears > 0) {
      questions.push(
        yesNo(
          "formerClient",
          { nl: "Was u vroeger cliënt van deze zorgorganisatie?", en: "Were you a client of this care organisation before?" },
          { showIf: { questionId: "client", equals: "no" } },
        ),
        {
          id: "careEndedOn",
          kind: "date",
          label: { nl: "Wanneer stopte uw zorg bij deze zorgorganisatie?", en: "When did your care at this care organisation end?" },
          help: DATE_HELP,
          showIf: { questionId: "formerClient", equals: "yes" },
          required: true,
        },
      );
    }
    if (rules.whoMayJoin === "clients_and_representatives" && rules.representativeRelations.length > 0) {
      const relations: readonly ClientRelation[] = [...new Set(rules.representativeRelations), "none"];
      questions.push({
        id: "clientRelation",
        kind: "choice",
        label: { nl: "Hoe bent u betrokken bij een cliënt van deze zorgorganisatie?", en: "How are you involved with a client of this care organisation?" },
        options: relations.map((value) => ({ value, label: CLIENT_RELATION_LABELS[value] })),
        showIf: { questionId: "client", equals: "no" },
        required: true,
      });
    }
  }
  if (rules.exclusions.employee !== "allowed") {
    questions.push(
      yesNo(
        "employee",
        { nl: "Werkt u nu bij deze zorgorganisatie?", en: "Do you work for this care organisation now?" },
        { help: { nl: "Ook als u er via een uitzendbureau of als zzp'er werkt.", en: "Also if you work there through an agency or as a freelancer." } },
      ),
    );
    if (rules.coolingOff.formerEmployeeYears > 0) {
      questions.push(
        yesNo(
          "formerEmployee",
          { nl: "Hebt u vroeger bij deze zorgorganisatie gewerkt?", en: "Did you work for this care organisation before?" },
          { showIf: { questionId: "employee", equals: "no" } },
        ),
        {
          id: "employmentEndedOn",
          kind: "date",
          label: { nl: "Wanneer stopte uw werk bij deze zorgorganisatie?", en: "When did your work for this care organisation end?" },
          help: DATE_HELP,
          showIf: { questionId: "formerEmployee", equals: "yes" },
          required: true,
        },
      );
    }
  }
  for (const relation of Object.keys(RELATION_QUESTIONS) as (keyof typeof RELATION_QUESTIONS)[]) {
    if (rules.exclusions[relation] === "allowed") continue;
    const { label, help } = RELATION_QUESTIONS[relation];
    questions.push(yesNo(relation, label, help === undefined ? {} : { help }));
  }
  questions.push({
    id: "other",
    kind: "text",
    label: {
      nl: "Hebt u nog een andere band met deze zorgorganisatie? Schrijf het kort op.",
      en: "Do you have any other tie with this care organisation? Describe it briefly.",
    },
    help: {
      nl: "U mag dit leeg laten. Schrijf geen namen op en niets over uw gezondheid.",
      en: "You may leave this empty. Do not write names or anything about your health.",
    },
    required: false,
  });
  return questions;
}
