// A fourth batch, written blind: longer provider letters that mention many things in passing, and
// hard negatives (words of a topic used for something else). Scored before any rule change.
import type { EvalCase } from "./cases.js";

export const fourthCases: readonly EvalCase[] = [
  {
    text: "Geachte leden van de cliëntenraad, hierbij vragen wij uw advies over het voorgenomen besluit om locatie Het Baken per 1 september te sluiten. De kosten van de verhuizing passen binnen de begroting. Medewerkers worden herplaatst binnen de organisatie. Wij verzoeken u conform de medezeggenschapsregeling binnen zes weken te reageren.",
    topics: ["ending-or-expanding-care", "housing-and-building"],
  },
  {
    text: "Beste cliëntenraad, zoals besproken in de overlegvergadering sturen wij u de nieuwe huisregels voor locatie De Linde. Wij vragen uw instemming. De ondernemingsraad is geïnformeerd over de gevolgen voor de werktijden van het personeel.",
    topics: ["client-regulations"],
  },
  {
    text: "Adviesaanvraag begroting 2027. In de begroting is rekening gehouden met de cao-stijging en de nieuwbouw in Zevenaar die vorig jaar is besloten. Wij vragen uw advies vóór 1 december.",
    topics: ["budget-and-accounts"],
  },
  {
    text: "De bestuurder meldt dat de gesprekken over een mogelijke samenwerking nog verkennend zijn; er is nog geen voorgenomen besluit.",
    topics: [],
  },
  {
    text: "Wij informeren u dat de jaarlijkse brandoefening op 14 maart plaatsvindt.",
    topics: [],
  },
  {
    text: "De teamleider van afdeling B is met zwangerschapsverlof; haar taken worden tijdelijk waargenomen door een collega.",
    topics: [],
  },
  {
    text: "Het verslag van de vergadering van de cliëntenraad van 3 mei is vastgesteld.",
    topics: [],
  },
  {
    text: "De leverancier van de maaltijden voor het personeelsrestaurant wordt vervangen.",
    topics: [],
  },
  {
    text: "De organisatie neemt deel aan een landelijk onderzoek naar de kwaliteit van de verpleeghuiszorg.",
    topics: [],
  },
  {
    text: "Bewoners en familie zijn van harte welkom bij de kerstviering in de grote zaal.",
    topics: [],
  },
  {
    text: "De cliëntenraad ontving een compliment van de inspectie voor de contacten met de achterban.",
    topics: [],
  },
  {
    text: "Nieuwe website voor de organisatie met informatie over wonen en zorg",
    topics: [],
  },
  {
    text: "De raad van toezicht heeft de bestuurder herbenoemd voor een periode van vier jaar.",
    topics: [],
  },
  {
    text: "De fusie tussen de twee thuiszorgorganisaties in onze regio heeft geen gevolgen voor onze cliënten.",
    topics: [],
  },
  {
    text: "Het ziekenhuis sluit de spoedeisende hulp 's nachts; wij passen onze afspraken met het ziekenhuis daarop aan.",
    topics: [],
  },
  {
    text: "Voorstel om de wasserij te sluiten en de was van bewoners uit te besteden, waarbij de kosten voor bewoners gelijk blijven",
    topics: ["client-regulations"],
  },
  {
    text: "Vanwege personeelstekort gaat de dagbesteding op woensdag dicht.",
    topics: ["ending-or-expanding-care"],
  },
  {
    text: "Hierbij het voorgenomen besluit over het nieuwe dienstenpakket voor bewoners: wat zit in het basispakket en wat kost extra.",
    topics: ["client-regulations"],
  },
  {
    text: "Het kwaliteitsverslag 2025 is gepubliceerd op de website.",
    topics: [],
  },
  {
    text: "Wij vragen uw advies over de reorganisatie van het facilitair bedrijf; voor bewoners verandert er niets aan de schoonmaak of de maaltijden.",
    topics: [],
  },
  {
    text: "Instemmingsaanvraag: nieuwe regeling voor de vergoeding van de kosten van de cliëntenraad (reiskosten en vacatiegeld)",
    topics: [],
  },
  {
    text: "De gemeente heeft besloten de subsidie voor het buurthuis te stoppen.",
    topics: [],
  },
  {
    text: "Wij stellen voor om de openingstijden van de receptie te verruimen.",
    topics: [],
  },
  {
    text: "Voorgenomen besluit: de afdelingen Noord en Zuid worden samengevoegd tot één afdeling met één team, zodat er 's nachts voldoende personeel is.",
    topics: ["major-organisational-change"],
  },
  {
    text: "Verzoek om advies over de profielschets voor de nieuwe bestuurder en over de samenstelling van de selectiecommissie",
    topics: ["board-supervisor-profiles"],
  },
  {
    text: "Ten behoeve van de verbouwing van locatie De Kroon vragen wij instemming voor het sociaal plan voor bewoners en advies over het bouwplan.",
    topics: ["housing-and-building", "social-plan"],
  },
  {
    text: "Wij hebben besloten de samenwerking met uitzendbureau Flex te beëindigen.",
    topics: [],
  },
  {
    text: "De zorgverzekeraar betaalt voortaan minder voor wijkverpleging; wij onderzoeken de gevolgen.",
    topics: [],
  },
  {
    text: "Alle medewerkers volgen dit jaar de e-learning over hygiëne en infectiepreventie.",
    topics: [],
  },
  {
    text: "Bewoners kunnen voortaan zelf kiezen hoe laat zij ontbijten.",
    topics: ["daily-life-policy"],
  },
];
