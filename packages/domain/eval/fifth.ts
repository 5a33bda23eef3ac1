// A fifth batch, written blind: legalistic ruling summaries, annual-report sentences that list
// several items, and sectors beyond elderly care (ggz, youth care, disability care, hospitals).
// One label was corrected after scoring to follow the documented choice in cases.ts (a renovation
// named as the setting, "tijdens de renovatie", is not the decision).
import type { EvalCase } from "./cases.js";

export const fifthCases: readonly EvalCase[] = [
  { text: "Verweerster heeft het besluit tot sluiting van de kliniek voor verslavingszorg genomen zonder de cliëntenraad in de gelegenheid te stellen advies uit te brengen.", topics: ["ending-or-expanding-care"] },
  { text: "De commissie is van oordeel dat het besluit tot invoering van een eigen bijdrage voor de was een regeling is die op cliënten van toepassing is.", topics: ["client-regulations"] },
  { text: "Verzoeker stelt dat de wijziging van de openingstijden van het restaurant voor bewoners instemmingsplichtig is.", topics: ["daily-life-policy"] },
  { text: "Naar het oordeel van de commissie betreft het voorgenomen besluit een belangrijke organisatorische wijziging als bedoeld in de Wmcz 2018.", topics: ["major-organisational-change"] },
  { text: "Het geschil gaat over de vraag of het beleid inzake vrijheidsbeperkende maatregelen valt onder het instemmingsrecht.", topics: [] },
  { text: "In het verslagjaar adviseerde de raad over de begroting, de jaarrekening en het huisvestingsplan, en stemde hij in met het kwaliteitsplan.", topics: ["budget-and-accounts", "housing-and-building", "quality-safety-hygiene"] },
  { text: "De cliëntenraad gaf advies over de benoeming van twee teamleiders en stemde in met de nieuwe huisregels.", topics: ["care-manager-appointment", "client-regulations"] },
  { text: "Afgelopen jaar is de raad drie keer bijeengekomen met de bestuurder en heeft hij een werkbezoek gebracht aan locatie Rijnzicht.", topics: [] },
  { text: "De jongerenraad van de jeugdzorginstelling heeft ingestemd met de nieuwe leefregels op de groepen.", topics: ["client-regulations"] },
  { text: "De ggz-instelling wil de klinische afdeling in Apeldoorn afbouwen en meer ambulante zorg bieden.", topics: ["ending-or-expanding-care"] },
  { text: "Voorgenomen besluit om de woonvoorziening voor mensen met een verstandelijke beperking aan de Dorpsstraat te sluiten", topics: ["ending-or-expanding-care"] },
  { text: "De patiëntenraad van het ziekenhuis adviseert over de nieuwe parkeertarieven voor patiënten en bezoekers.", topics: ["client-regulations"] },
  { text: "Het ziekenhuis heeft de patiëntenraad om advies gevraagd over de fusie met het ziekenhuis in de buurstad.", topics: ["merger-or-cooperation"] },
  { text: "Nieuw behandelbeleid voor de polikliniek, inclusief de manier waarop behandelplannen met patiënten worden opgesteld", topics: ["care-plan-procedure"] },
  { text: "De cliëntenraad van de gehandicaptenzorg vraagt aandacht voor de vele wisselingen van begeleiders.", topics: [] },
  { text: "Besluit om het logeerhuis voor kinderen met een beperking uit te breiden met zes bedden", topics: ["ending-or-expanding-care"] },
  { text: "Wijziging van het ontslagbeleid: cliënten van de beschermd wonen-locaties stromen sneller door naar zelfstandig wonen.", topics: ["admission-and-ending-care"] },
  { text: "Invoering van een nieuw protocol voor het voorkomen van infecties met resistente bacteriën", topics: ["quality-safety-hygiene"] },
  { text: "De organisatie heeft een nieuwe visie op dagbesteding en zingeving opgesteld.", topics: ["daily-life-policy"] },
  { text: "Wijziging van de statuten om het aantal leden van de raad van toezicht te verminderen", topics: [] },
  { text: "Voorstel tot benoeming van een nieuwe voorzitter van de raad van toezicht", topics: [] },
  { text: "De aanbesteding voor de schoonmaak van de kantoren is gegund aan een nieuw bedrijf.", topics: [] },
  { text: "Vanaf januari gaan wij over op een nieuw elektronisch cliëntdossier; de zorgplannen worden daarin opgesteld en met cliënten besproken.", topics: ["care-plan-procedure"] },
  { text: "Tijdens de renovatie wonen de bewoners in tijdelijke units op het terrein; daarvoor is een sociaal plan opgesteld.", topics: ["social-plan"] },
  { text: "Advies gevraagd over het voornemen tot overdracht van de ambulante teams aan een andere zorgaanbieder", topics: ["transfer-of-control"] },
  { text: "Wij willen met ingang van 1 april de warme maaltijd alleen nog op werkdagen aanbieden.", topics: ["daily-life-policy"] },
  { text: "De raad van bestuur heeft besloten een nieuwe stichting op te richten voor de kraamzorg, die onder dezelfde bestuurder valt.", topics: ["major-organisational-change"] },
  { text: "De prijzen van de maaltijden voor thuiswonende ouderen in het wijkrestaurant gaan omhoog.", topics: ["client-regulations"] },
  { text: "Ook dit jaar kregen alle medewerkers een kerstpakket.", topics: [] },
  { text: "De vertrouwenspersoon voor medewerkers wordt extern ingehuurd.", topics: [] },
  { text: "Het profiel voor de nieuwe klachtenfunctionaris is met instemming van de cliëntenraad vastgesteld.", topics: ["complaints-officer-profile"] },
  { text: "De cliëntenraad heeft ingestemd met de voordracht van mevrouw Jansen als ondersteuner van de raad.", topics: ["supporter-appointment"] },
  { text: "Onze organisatie stopt met de wijkverpleging in Noord en draagt de cliënten over aan een collega-aanbieder.", topics: ["ending-or-expanding-care", "transfer-of-control"] },
  { text: "Bewoners mogen voortaan geen eigen elektrische apparaten zoals kachels meer gebruiken op hun kamer.", topics: ["client-regulations"] },
  { text: "Er komt een nieuwe regeling voor het beheer van geld van bewoners die dat niet zelf kunnen.", topics: ["client-regulations"] },
];
