import type { TopicId } from "../../wmcz/topic-ids/index.js";
import type { SituationId, TrainingItemId } from "../ids/index.js";
import type { ResourceId } from "../resources/index.js";

/**
 * A situation a council can be in, what sets it off and which training fits.
 *
 * - A council ticks a situation itself (`situations` in `recommendTraining`), or
 * - a finding of `assessDecision` names a Wmcz topic listed in `topics`.
 *
 * `primary` items answer the situation directly; `secondary` items help around it. The links
 * follow what the LOC training guide (seed `004`) says each offering is for; `resources` are the
 * courses and booklets that seeds `000` and `001` name.
 * @example
 * situationById("building-plans").topics; // ["housing-and-building", "social-plan", "room-layout"]
 */
export type TrainingSituation = {
  readonly id: SituationId;
  readonly title: { readonly nl: string; readonly en: string };
  /** Wmcz topics that set this situation off when a decision touches them. */
  readonly topics: readonly TopicId[];
  readonly primary: readonly TrainingItemId[];
  readonly secondary: readonly TrainingItemId[];
  readonly resources: readonly ResourceId[];
};

const s = (
  id: SituationId,
  nl: string,
  en: string,
  links: { topics?: readonly TopicId[]; primary: readonly TrainingItemId[]; secondary?: readonly TrainingItemId[]; resources?: readonly ResourceId[] },
): TrainingSituation => ({
  id,
  title: { nl, en },
  topics: links.topics ?? [],
  primary: links.primary,
  secondary: links.secondary ?? [],
  resources: links.resources ?? [],
});

/**
 * Every council situation with its triggers and the training that fits, in the order a form
 * would show them (the council's own work first, then decisions on advice and consent topics).
 *
 * @example
 * situations.find((x) => x.id === "merger-ahead")?.primary; // ["mergers-and-acquisitions"]
 */
export const situations: readonly TrainingSituation[] = [
  s("new-council", "Onze raad is net begonnen", "Our council has just started", {
    primary: ["basic-course", "internal-organisation", "council-rights"],
    secondary: ["work-plan", "advising"],
    resources: ["welcome-course", "ten-tips-for-starters", "basic-information"],
  }),
  s("new-members", "We hebben nieuwe leden", "We have new members", {
    primary: ["basic-course"],
    secondary: ["council-rights", "team-building"],
    resources: ["welcome-course", "ten-tips-for-starters", "ten-questions-and-answers", "basic-information"],
  }),
  s("back-to-basics", "We willen de basis weer opfrissen", "We want to refresh the basics", {
    primary: ["basic-course"],
    secondary: ["council-rights"],
  }),
  s("no-work-plan", "We hebben nog geen werkplan", "We have no work plan yet", {
    primary: ["work-plan"],
    secondary: ["internal-organisation"],
  }),
  s("no-shared-vision", "We hebben geen gedeelde visie op medezeggenschap", "We have no shared vision on client participation", {
    primary: ["vision"],
    secondary: ["values-portrait"],
  }),
  s("merger-ahead", "Er komt een fusie of samenwerking aan", "A merger or lasting cooperation is coming", {
    topics: ["merger-or-cooperation", "transfer-of-control"],
    primary: ["mergers-and-acquisitions"],
    secondary: ["large-policy-plans", "cooperation-between-councils"],
  }),
  s("building-plans", "Er zijn plannen voor bouw, verbouw of verhuizing", "There are plans to build, rebuild or move", {
    topics: ["housing-and-building", "social-plan", "room-layout"],
    primary: ["building"],
    secondary: ["large-policy-plans"],
  }),
  s("reorganisation", "Er komt een grote verandering in de organisatie", "A major change in the organisation is coming", {
    topics: ["purpose-or-basis", "major-organisational-change", "ending-or-expanding-care"],
    primary: ["large-policy-plans"],
    secondary: ["restructuring-participation", "advising"],
  }),
  s("new-participation-structure", "De regels of de opzet van de medezeggenschap veranderen", "The rules or set-up of client participation change", {
    topics: ["participation-regulation"],
    primary: ["council-documents", "restructuring-participation"],
    secondary: ["fitting-participation", "council-rights"],
  }),
  s("several-councils", "Er zijn meer raden die moeten samenwerken", "Several councils need to work together", {
    primary: ["cooperation-between-councils", "council-documents"],
    secondary: ["appreciative-inquiry"],
  }),
  s("recruitment-trouble", "Het lukt niet goed om nieuwe leden te vinden", "Finding new members is hard", {
    primary: ["recruiting-members"],
    secondary: ["social-media", "in-contact"],
    resources: ["online-course-recruiting", "recruiting-guide", "recruiting-video"],
  }),
  s("weak-constituency-contact", "We hebben weinig contact met de cliënten die we vertegenwoordigen", "We have little contact with the clients we represent", {
    primary: ["in-contact"],
    secondary: ["social-media", "mirror-conversations"],
    resources: ["in-contact-brochure"],
  }),
  s("client-experience", "We willen weten hoe cliënten de zorg ervaren", "We want to know how clients experience their care", {
    primary: ["mirror-conversations"],
    secondary: ["in-contact", "quality-of-care"],
  }),
  s("team-conflict", "Er is onenigheid of spanning in de raad", "There is conflict or tension in the council", {
    primary: ["reflection-meetings", "team-building", "cooperation-coaching"],
    secondary: ["peer-review-cooperation", "values-portrait"],
  }),
  s("hard-conversations", "Gesprekken met de bestuurder of het management zijn lastig", "Talks with the board or management are hard", {
    primary: ["conversation-techniques", "conversation-techniques-coaching"],
    secondary: ["advising"],
  }),
  s("dispute-with-provider", "We hebben een geschil met de zorgaanbieder", "We have a dispute with the care provider", {
    primary: ["lcvv-procedures"],
    secondary: ["council-rights", "conversation-techniques-coaching"],
  }),
  s("review-own-work", "We willen terugkijken op ons eigen werk", "We want to review our own work", {
    primary: ["self-evaluation"],
    secondary: ["appreciative-inquiry", "peer-review-cooperation"],
  }),
  s("participation-needs-impulse", "Onze medezeggenschap past niet meer goed of heeft een nieuwe impuls nodig", "Our participation no longer fits or needs a new impulse", {
    primary: ["fitting-participation"],
    secondary: ["appreciative-inquiry", "vision"],
  }),
  s("governance-role", "Het gaat over bestuur en toezicht, zoals profielen of een voordracht", "It is about the board and supervisors, such as profiles or a nomination", {
    topics: ["board-supervisor-profiles"],
    primary: ["governance-and-supervision"],
    secondary: ["vision"],
  }),
  s("appointment-ahead", "Er wordt iemand benoemd waar de raad over meepraat", "Someone is being appointed and the council has a say", {
    topics: ["care-manager-appointment", "supporter-appointment"],
    primary: ["advising"],
    secondary: ["internal-organisation", "conversation-techniques"],
  }),
  s("budget-and-accounts", "Er komt een begroting of jaarrekening", "A budget or annual accounts are coming", {
    topics: ["budget-and-accounts"],
    primary: ["finances"],
  }),
  s("complaints-policy", "Het gaat over de klachtenregeling of de klachtenfunctionaris", "It is about the complaints regulation or complaints officer", {
    topics: ["complaints-regulation", "complaints-officer-profile"],
    primary: ["wkkgz"],
    secondary: ["clients-legal-position"],
  }),
  s("quality-policy", "Het gaat over kwaliteit, veiligheid of hygiëne", "It is about quality, safety or hygiene", {
    topics: ["quality-safety-hygiene"],
    primary: ["quality-of-care"],
    secondary: ["wkkgz", "safety-in-care-relations"],
  }),
  s("safety-concerns", "We maken ons zorgen over grensoverschrijdend gedrag", "We are worried about abuse or crossing boundaries", {
    primary: ["safety-in-care-relations"],
    secondary: ["clients-legal-position"],
  }),
  s("involuntary-care", "Het gaat over zorg die cliënten niet willen (Wzd of Wvggz)", "It is about care clients do not want (Wzd or Wvggz)", {
    primary: ["wzd-wvggz"],
    secondary: ["clients-legal-position"],
  }),
  s("daily-life", "Het gaat over eten, zingeving, ontspanning of dagbesteding", "It is about food, meaning of life, recreation or daytime activities", {
    topics: ["daily-life-policy"],
    primary: ["meaning-of-life"],
    secondary: ["additional-services", "quality-of-care"],
  }),
  s("client-rules-and-prices", "Het gaat over huisregels of prijzen van diensten voor cliënten", "It is about house rules or prices of services to clients", {
    topics: ["client-regulations"],
    primary: ["additional-services"],
    secondary: ["clients-legal-position"],
  }),
  s("care-plans-and-admission", "Het gaat over zorgplannen, opname of het stoppen van zorg", "It is about care plans, admission or ending care", {
    topics: ["care-plan-procedure", "admission-and-ending-care"],
    primary: ["clients-legal-position"],
    secondary: ["quality-of-care"],
  }),
];

const BY_ID: ReadonlyMap<SituationId, TrainingSituation> = new Map(situations.map((x) => [x.id, x]));

/**
 * One situation by id.
 *
 * @throws {Error} when the id is not a situation id (a bug in the caller: validate with `SituationIdSchema`)
 * @example
 * situationById("team-conflict").title.en; // "There is conflict or tension in the council"
 */
export function situationById(id: SituationId): TrainingSituation {
  const found = BY_ID.get(id);
  if (found === undefined) throw new Error(`Unknown situation id: ${String(id)}`);
  return found;
}
