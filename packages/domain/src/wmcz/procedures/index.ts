import { type Citation, WMCZ_2018 } from "../../_lib/citation/index.js";
import type { ProcedureId } from "../topic-ids/index.js";
import type { LocalisedText } from "../topics/index.js";

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
};

/** Confirmed as part of the Wmcz 2018, article not confirmed: cite the law alone. */
const lawOnly: Citation = { law: WMCZ_2018, status: "confirmed" };

/**
 * The Wmcz procedures besides advice and consent, cited as far as `shared/domain/wmcz-2018.md`
 * allows (only the binding nomination has a confirmed article, art. 10).
 *
 * @example
 * procedures.map((p) => p.id); // ["council-installation", "council-dissolution", "binding-nomination", "right-of-enquiry"]
 */
export const procedures: readonly Procedure[] = [
  {
    id: "council-installation",
    citation: lawOnly,
    title: { nl: "Een cliëntenraad instellen", en: "Installing a client council" },
    explanation: {
      nl: "Een zorgaanbieder met meer dan 10 (of soms 25) zorgverleners moet een cliëntenraad hebben. Bij meer locaties is er in principe een raad per locatie. De afspraken staan in de medezeggenschapsregeling; daarvoor is instemming nodig.",
      en: "A provider with more than 10 (or in some cases 25) care givers must have a client council, in principle one per location. The rules go in the participation regulation, which needs consent.",
    },
    examples: ["Instellen van een cliëntenraad voor de nieuwe locatie", "Oprichting van een centrale cliëntenraad"],
  },
  {
    id: "council-dissolution",
    citation: lawOnly,
    title: { nl: "Een cliëntenraad opheffen", en: "Dissolving a client council" },
    explanation: {
      nl: "Een cliëntenraad kan alleen worden opgeheven als hij structureel tekortschiet. In de praktijk gaat dat met instemming van de raad of met vervangende toestemming van de commissie van vertrouwenslieden.",
      en: "A client council can only be dissolved when it structurally falls short. In practice this needs the council's consent or substitute consent from the commissie van vertrouwenslieden.",
    },
    examples: ["Opheffen van de cliëntenraad van locatie Zuid"],
  },
  {
    id: "binding-nomination",
    citation: { law: WMCZ_2018, article: "10", status: "confirmed" },
    title: { nl: "Bindende voordracht voor de raad van toezicht", en: "Binding nomination for the supervisory board" },
    explanation: {
      nl: "De cliëntenraad mag voor minstens één lid van de raad van toezicht een bindende voordracht doen. Dat betekent: de raad kiest de kandidaat.",
      en: "The client council may make a binding nomination for at least one member of the supervisory board: the council chooses the candidate.",
    },
    examples: ["Vacature in de raad van toezicht op bindende voordracht van de cliëntenraad"],
  },
  {
    id: "right-of-enquiry",
    citation: lawOnly,
    title: { nl: "Recht van enquête", en: "Right of enquiry" },
    explanation: {
      nl: "De cliëntenraad kan de Ondernemingskamer vragen om te onderzoeken of de organisatie slecht bestuurd wordt (wanbeleid).",
      en: "The client council can ask the Enterprise Chamber (Ondernemingskamer) to investigate mismanagement.",
    },
    examples: ["De cliëntenraad overweegt een enquêteverzoek bij de Ondernemingskamer"],
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
