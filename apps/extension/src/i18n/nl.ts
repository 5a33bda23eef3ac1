/**
 * The extension's own words in Dutch (B1: short sentences, everyday words). The law's words —
 * topics, explanations, glossary, questions — come from `@raadswerk/domain`.
 */
export const nl = {
  extName: "Raadswerk: de Wmcz bij de hand",
  extDescription: "Zie welke rechten van de cliëntenraad een besluit raakt. Met uitleg van Wmcz-woorden op sites die u kiest.",
  contextMenuTitle: "Wmcz-check",
  actionTitle: "Raadswerk: Wmcz-check",

  sidepanelTitle: "Wmcz-check",
  sidepanelEmpty:
    "Selecteer op een pagina de tekst van een voorgenomen besluit. Klik met de rechtermuisknop. Kies dan ‘Wmcz-check’. De uitkomst staat hier.",
  checkedText: "Deze tekst is gecontroleerd",
  checkedOn: "Gecontroleerd op {date}",
  findingsOne: "Deze tekst raakt 1 recht van de cliëntenraad.",
  findingsMany: "Deze tekst raakt {count} rechten van de cliëntenraad.",
  source: "Bron",
  evidence: "Gevonden in de tekst",
  conditions: "Let op",
  planTitle: "Volgende stappen: {right}",
  planFrom: "De data tellen vanaf de dag van de check: {date}. Uw eigen medezeggenschapsregeling kan andere termijnen hebben.",
  otherProcedures: "Andere regels uit de Wmcz",
  ruleSet: "Regels: versie {version}",
  notLegalAdvice: "Dit is een hulpmiddel. Het is geen juridisch advies.",

  popupTabCheck: "Tekst checken",
  popupTabEligibility: "Lid worden?",
  popupTabGlossary: "Woordenlijst",
  pasteLabel: "Plak hier de tekst van een besluit",
  checkButton: "Controleren",
  textEmpty: "Plak eerst een tekst.",

  eligibilityIntro: "Beantwoord een paar vragen. Wij bewaren uw antwoorden niet.",
  eligibilitySubmit: "Bekijk de uitkomst",
  verdictEligible: "U mag lid worden.",
  verdictNotEligible: "U mag geen lid worden.",
  verdictNeedsReview: "Hierover is eerst een gesprek nodig.",
  yes: "Ja",
  no: "Nee",
  choose: "Kies een antwoord",
  required: "verplicht",

  glossarySearch: "Zoek een woord",
  glossaryNone: "Geen woord gevonden. Probeer een ander woord.",
  glossaryCount: "{count} woorden",

  optionsTitle: "Instellingen",
  language: "Taal",
  languageAuto: "Taal van de browser",
  languageNl: "Nederlands",
  languageEn: "English",
  markingLabel: "Leg Wmcz-woorden uit op de sites hieronder",
  markingHelp:
    "Woorden als ‘instemmingsrecht’ krijgen een stippellijn. Ga er met de muis op staan of gebruik Tab. Dan ziet u wat het woord betekent.",
  sitesTitle: "Sites waar uitleg mag",
  sitesEmpty: "Nog geen sites. Voeg een site toe.",
  siteLabel: "Adres van de site",
  sitePlaceholder: "https://intranet.voorbeeld.nl",
  addSite: "Site toevoegen",
  remove: "Verwijderen",
  removeSite: "Verwijderen: {site}",
  siteAdded: "{site} is toegevoegd. Laad de pagina opnieuw.",
  siteRemoved: "{site} is verwijderd.",
  siteDenied: "U gaf geen toestemming. De site is niet toegevoegd.",
  siteInvalid: "Dit is geen goed adres. Schrijf het zo: https://intranet.voorbeeld.nl",
  saved: "Opgeslagen.",

  tooltipLabel: "Wmcz-woord",
  citationUnconfirmed: "niet bevestigd",
  somethingWrong: "Er ging iets mis. Probeer het opnieuw.",
} as const;

/** Every text key of the extension's own UI. Dutch is the reference: English must have the same keys. */
export type UiKey = keyof typeof nl;
