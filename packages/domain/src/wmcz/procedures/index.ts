import { type Citation, type CitationStatus, WMCZ_2018 } from "../../_lib/citation/index.js";
import { SOURCES } from "../sources/index.js";
import type { ProcedureId } from "../topic-ids/index.js";
import type { LocalisedText } from "../topics/index.js";

/**
 * A remark on a procedure with its own status, so an unconfirmed point is never shown as law.
 *
 * @example
 * const c: Caveat = { text: { nl: "…", en: "…" }, status: "unconfirmed" };
 */
export type Caveat = { readonly text: LocalisedText; readonly status: CitationStatus };

/**
 * Another Wmcz procedure a decision text can touch: not advice or consent, but a route of its own.
 *
 * @example
 * procedures.find((p) => p.id === "binding-nomination")?.citation.article; // "10"
 */
export type Procedure = {
  readonly id: ProcedureId;
  readonly citation: Citation;
  readonly title: LocalisedText;
  /** What happens, at B1 level. */
  readonly explanation: LocalisedText;
  /** Example texts, in Dutch. */
  readonly examples: readonly string[];
  /** Further remarks, each with its status (shown with it). */
  readonly caveats: readonly Caveat[];
  /** Other citations the explanation relies on (for example art. 7 lid 1 sub f and art. 10). */
  readonly related: readonly Citation[];
};

/** Confirmed as part of the Wmcz 2018, article not confirmed: cite the law alone. */
const lawOnly = (...sources: NonNullable<Citation["sources"]>): Citation => ({ law: WMCZ_2018, status: "confirmed", sources });
const ART_10: Citation = { law: WMCZ_2018, article: "10", status: "confirmed", sources: [SOURCES.dirkzwager] };
const ART_7_F: Citation = { law: WMCZ_2018, article: "7", paragraph: 1, point: "f", status: "confirmed", sources: [SOURCES.orAcademy, SOURCES.rivierduinen, SOURCES.dirkzwager] };

/**
 * The Wmcz procedures besides advice and consent, cited as far as `shared/domain/wmcz-2018.md`
 * allows: installing a council (art. 3 lid 1), dissolving one (article unconfirmed), appointing a
 * board member (no right on the person; the routes are art. 7 lid 1 sub f and art. 10), the binding
 * nomination (art. 10) and the right of enquiry (article unconfirmed).
 *
 * @example
 * procedures.map((p) => p.id); // ["council-installation", "council-dissolution", "board-appointment", "binding-nomination", "right-of-enquiry"]
 */
export const procedures: readonly Procedure[] = [
  {
    id: "council-installation",
    citation: { law: WMCZ_2018, article: "3", paragraph: 1, status: "confirmed", sources: [SOURCES.eldermansGeerts] },
    title: { nl: "Een cliëntenraad instellen", en: "Installing a client council" },
    explanation: {
      nl: "Een instelling waar gewoonlijk meer dan 10 mensen zorg geven, moet een cliëntenraad hebben. De grens is meer dan 25 alleen bij zorg zonder verblijf van een dag en nacht, van een soort die in het Besluit Wmcz 2018 staat. Bij meer locaties is er in principe een raad per locatie (art. 3 lid 4). Is er geen raad? Dan kan een groep cliënten en vertegenwoordigers de commissie van vertrouwenslieden vragen om een raad.",
      en: "An instelling where care is normally given by more than 10 people must have a client council. The threshold is more than 25 only for care without a full day-and-night stay, of a kind named in the Besluit Wmcz 2018. With several locations there is in principle a council per location (art. 3(4)). No council? A representative group of clients and their representatives can ask the commissie van vertrouwenslieden for one.",
    },
    examples: ["Instellen van een cliëntenraad voor de nieuwe locatie", "Oprichting van een centrale cliëntenraad"],
    caveats: [
      {
        text: {
          nl: "Onder de grens mag een instelling een vrijwillige cliëntenraad hebben; zij legt samen met de raad vast waarover en hoe de raad meepraat (art. 4).",
          en: "Below the threshold an instelling may keep a voluntary council; it records with the council on which topics and how the council has a say (art. 4).",
        },
        status: "confirmed",
      },
      {
        text: {
          nl: "Dat een groep cliënten naar de commissie kan als er geen raad is, komt uit een annotatie van 2023; het artikel is niet bevestigd.",
          en: "That a group of clients can go to the commissie where no council exists comes from a 2023 annotation; the article is unconfirmed.",
        },
        status: "confirmed",
      },
    ],
    related: [
      { law: WMCZ_2018, article: "3", paragraph: 4, status: "confirmed", sources: [SOURCES.eldermansGeerts] },
      { law: WMCZ_2018, article: "4", status: "confirmed", sources: [SOURCES.amendment34] },
      lawOnly(SOURCES.gzrUpdates),
    ],
  },
  {
    id: "council-dissolution",
    citation: lawOnly(SOURCES.dirkzwager),
    title: { nl: "Een cliëntenraad opheffen", en: "Dissolving a client council" },
    explanation: {
      nl: "Een cliëntenraad kan alleen worden opgeheven als hij structureel tekortschiet. In de praktijk gaat dat met instemming van de raad of met vervangende toestemming van de commissie van vertrouwenslieden.",
      en: "A client council can only be dissolved when it structurally falls short. In practice this needs the council's consent or substitute consent from the commissie van vertrouwenslieden.",
    },
    examples: ["Opheffen van de cliëntenraad van locatie Zuid"],
    caveats: [],
    related: [],
  },
  {
    id: "board-appointment",
    citation: ART_7_F,
    title: { nl: "Een bestuurder of lid van de raad van toezicht benoemen", en: "Appointing a board or supervisory-board member" },
    explanation: {
      nl: "Over de persoon die wordt benoemd, heeft de cliëntenraad geen advies- of instemmingsrecht. De raad mag wel advies geven over de profielschets (art. 7 lid 1 sub f). En de raad mag voor minstens één lid van de raad van toezicht een bindende voordracht doen (art. 10).",
      en: "The client council has no right to advise or consent on the person appointed. It may advise on the profile (art. 7(1)(f)), and it may make a binding nomination for at least one member of the supervisory board (art. 10).",
    },
    examples: ["Benoeming van een nieuwe bestuurder", "Benoeming van een nieuw lid van de raad van toezicht"],
    caveats: [],
    related: [ART_7_F, ART_10],
  },
  {
    id: "binding-nomination",
    citation: ART_10,
    title: { nl: "Bindende voordracht voor de raad van toezicht", en: "Binding nomination for the supervisory board" },
    explanation: {
      nl: "De cliëntenraad mag voor minstens één lid van de raad van toezicht een bindende voordracht doen. De raad draagt dan een kandidaat voor. Die kandidaat moet bij de profielschets passen.",
      en: "The client council may make a binding nomination for at least one member of the supervisory board. The council puts forward a candidate, who must fit the profile.",
    },
    examples: ["Vacature in de raad van toezicht op bindende voordracht van de cliëntenraad"],
    caveats: [
      {
        text: {
          nl: "Past de kandidaat niet bij het profiel, dan kan de raad van toezicht de kandidaat mogelijk weigeren. Dat staat niet in de bronnen die wij konden controleren: niet bevestigd.",
          en: "If the nominee does not fit the profile, the supervisory board may be able to refuse them. The sources we could check do not say so: unconfirmed.",
        },
        status: "unconfirmed",
      },
    ],
    related: [ART_7_F],
  },
  {
    id: "right-of-enquiry",
    citation: lawOnly(SOURCES.lawNote),
    title: { nl: "Recht van enquête", en: "Right of enquiry" },
    explanation: {
      nl: "De cliëntenraad kan de Ondernemingskamer vragen om te onderzoeken of de organisatie slecht bestuurd wordt (wanbeleid).",
      en: "The client council can ask the Enterprise Chamber (Ondernemingskamer) to investigate mismanagement.",
    },
    examples: ["De cliëntenraad overweegt een enquêteverzoek bij de Ondernemingskamer"],
    caveats: [],
    related: [],
  },
];

/**
 * The procedure with this id.
 *
 * @throws {Error} never for a valid `ProcedureId` (every id has data; a test checks it)
 * @example
 * procedureById("binding-nomination").citation.article; // "10"
 */
export function procedureById(id: ProcedureId): Procedure {
  const procedure = procedures.find((p) => p.id === id);
  if (procedure === undefined) throw new Error(`No procedure data for ${id}`);
  return procedure;
}
