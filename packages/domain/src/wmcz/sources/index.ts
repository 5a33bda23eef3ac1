import type { Source } from "../../_lib/citation/index.js";

/**
 * The public sources `shared/domain/wmcz-2018.md` names, one constant each, so a lawyer can see
 * which source carries which line and correct it in one place. Addresses are given as the note
 * gives them (a site, or a parliamentary document by its number); dates only where the note has one.
 * None of these is the consolidated statute text: the note says it was not readable, so no source
 * here has kind `statute-text`.
 *
 * @example
 * SOURCES.amendment22.address; // "Kamerstukken 34858, nr. 22"
 */
export const SOURCES = {
  /** Explanatory memorandum of the bill. */
  memorandum: { kind: "explanatory-memorandum", address: "zoek.officielebekendmakingen.nl kst-34858-3", title: "Memorie van toelichting, Kamerstukken 34858, nr. 3" },
  /** The government's nota van wijziging: the bill's own wording, quoted in the parliamentary record. */
  notaVanWijziging7: { kind: "bill-as-amended", address: "Kamerstukken 34858, nr. 7", title: "Nota van wijziging nr. 7" },
  /** The bill as amended (nota van wijziging nr. 7 with the adopted amendments), where the note names no single document. */
  billAsAmended: {
    kind: "bill-as-amended",
    address: "Kamerstukken 34858, nrs. 7, 22, 24, 25, 30, 33, 34",
    title: "Wetsvoorstel zoals gewijzigd (nota van wijziging en aangenomen amendementen)",
  },
  /** Appeal only to the Ondernemingskamer within three months, no cassation (art. 13). */
  amendment22: { kind: "bill-as-amended", address: "Kamerstukken 34858, nr. 22", title: "Amendement nr. 22 (aangenomen): beroep bij de Ondernemingskamer" },
  /** The council consults the instelling at least once before refusing consent (art. 8). */
  amendment24: { kind: "bill-as-amended", address: "Kamerstukken 34858, nr. 24", title: "Amendement nr. 24 (aangenomen): overleg voor weigeren van instemming" },
  /** Substitute consent for weighty reasons of any kind ("business" removed, art. 8). */
  amendment25: { kind: "bill-as-amended", address: "Kamerstukken 34858, nr. 25", title: "Amendement nr. 25 (aangenomen): zwaarwegende redenen" },
  /** Choosing the independent supporter moved from advice to consent (art. 8). */
  amendment30: { kind: "bill-as-amended", address: "Kamerstukken 34858, nr. 30", title: "Amendement nr. 30 (aangenomen): onafhankelijke ondersteuning naar instemming" },
  /** Voluntary council below the threshold (art. 4). */
  amendment34: { kind: "bill-as-amended", address: "Kamerstukken 34858, nr. 34", title: "Amendement nr. 34 (aangenomen): vrijwillige cliëntenraad" },
  /** Reproduces art. 7 lid 1 a–i and art. 8 lid 1 a–c word for word. */
  orAcademy: { kind: "secondary", address: "or-academy.nl", title: "OR Academy: art. 7 lid 1 a–i en art. 8 lid 1 a–c (woordelijk)" },
  /** Reproduces art. 7 lid 1 a–i and art. 8 lid 1 a–c word for word. */
  rivierduinen: { kind: "secondary", address: "clientenraden-rivierduinen.nl", title: "Cliëntenraden Rivierduinen: art. 7 lid 1 a–i en art. 8 lid 1 a–c (woordelijk)" },
  zorginstituut: { kind: "secondary", address: "zorginstituutnederland.nl", title: "Zorginstituut Nederland: adviesrecht (art. 7) en instemmingsrecht (art. 8)" },
  lsrKennisbank: { kind: "secondary", address: "kennisbank.hetlsr.nl", title: "LSR kennisbank: procedure van advies en instemming" },
  lsr: { kind: "secondary", address: "hetlsr.nl", title: "LSR: inhoud van de medezeggenschapsregeling, art. 3 lid 3" },
  meepraten: { kind: "secondary", address: "meepraten.net", title: "Meepraten: instemmingsonderwerpen, nietigheid binnen een maand" },
  clientenraadNl: { kind: "secondary", address: "clientenraad.nl", title: "LOC (clientenraad.nl): art. 3 lid 8, conflicterend belang" },
  eldermansGeerts: { kind: "secondary", address: "eldermans-geerts.nl", title: "Eldermans|Geerts: drempels, art. 3 lid 4" },
  dirkzwager: { kind: "secondary", address: "dirkzwager.nl", title: "Dirkzwager: art. 10, art. 7 lid 1 sub f, beroep bij de Ondernemingskamer, opheffen" },
  gzrUpdates: { kind: "secondary", address: "gzr-updates.nl", title: "GZR-updates: annotatie over LCvV en Ondernemingskamer", date: "2023" },
  /** For a line the note confirms without naming which of its sources says it. */
  lawNote: { kind: "secondary", address: "shared/domain/wmcz-2018.md", title: "Raadswerk's law note; it does not name the public source for this line" },
} as const satisfies Record<string, Source>;
