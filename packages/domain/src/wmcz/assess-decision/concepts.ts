/**
 * The vocabulary the rules read: each concept is a set of Dutch word forms (regular expressions
 * over folded words: lower case, no diacritics) and multi-word phrases. Patterns spell out
 * inflection (fusie, fuseren, gefuseerd) and compound positions: `P` lets a word stand at the end
 * of a compound (bezoek|regeling), `T` lets it stand at the start (klachten|regeling).
 *
 * Kept apart from the rules so a reviewer sees the words in one place.
 */

/** Optional compound head before a word: "bezoek" in "bezoekregeling". */
const P = "[a-z0-9-]*";
/** Optional compound tail after a word: "regeling" in "klachtenregeling". */
const T = "[a-z0-9-]*";

/**
 * A concept: single words (one anchored pattern) and/or phrases (one pattern per word, in order).
 *
 * @example
 * const c: ConceptDef = { words: "fusie|fusies", phrases: [["samen", "gaan"]] };
 */
export type ConceptDef = { readonly words?: string; readonly phrases?: readonly (readonly string[])[] };

/**
 * Every concept, by id. Names in capitals are concepts; the comment says what they stand for.
 *
 * @example
 * CONCEPTS.SOCIAL_PLAN.phrases; // [["sociaal|sociale", "plan|plannen|statuut"]]
 */
export const CONCEPTS = {
  // ---- organisation-level matters (advice) ----
  MERGER: { words: `(?:ge)?fus(?:ie|ies|eer|eren|eert|eerd|eerde|eerden|erende)${T}|samengaan|samensmelting${T}|bestuurlijke-fusie` },
  MERGE_VERB: { words: `samenvoeg${T}|samengevoegd|samenvoegen|voegen|gevoegd`, phrases: [["gaan|gaat|gingen", "samen"], ["samen", "verder"], ["samen", "te", "gaan"], ["samen", "gaan"]] },
  CARRY: { words: `draagt|dragen|droeg|droegen` },
  OVER: { words: `over` },
  COOPERATION: { words: `samenwerk${T}|alliantie${T}|joint-venture|samenwerkingsverband${T}` },
  DURABLE: { words: `bestuurlijk\\w*|duurza\\w*|structure(?:el|le)|strategisch\\w*|langdurig\\w*|blijvend\\w*|vergaand\\w*|intensiev?\\w*|formele|nauwe?|samenwerkingsovereenkomst${T}|overeenkomst|convenant|alliantie${T}|joint-venture` },
  ORG_ENTITY: { words: `(?!reorganisatie|herorganisatie)${P}(?:organisatie|organisaties|stichting|stichtingen|zorgorganisatie|zorgaanbieder|zorgaanbieders|aanbieder|aanbieders|instelling|instellingen|zorggroep|ziekenhuis|ziekenhuizen|concern|holding|vereniging|cooperatie)|bv|coop` },
  PARTNER: { words: `(?!reorganisaties|herorganisaties)${P}(?:stichting|stichtingen|zorggroep|zorggroepen|ziekenhuis|ziekenhuizen|zorgaanbieder|zorgaanbieders|aanbieder|aanbieders|instelling|instellingen|zorgorganisatie|zorgorganisaties|huisartsen|huisartsenpraktijk\\w*|woningcorporatie|woningcorporaties|corporatie|partner|partners|ketenpartners?|zorgpartners?|organisaties)|andere-organisatie` },
  TAKEOVER: { words: `overname${T}|overnames|overnem\\w*|overneemt|overgenomen|overnam|overnamen|overdracht|overdragen|overgedragen|overdraagt|verkoop|verkopen|verkocht|verkoopt|overheveling|overhevelen|overgeheveld` },
  TAKEOVER_STRONG: { words: `overname|overnames|overnemen|overneemt|overgenomen|overnam|overnamen|overnamevoorstel|overnametraject` },
  /** Getting something: "… de zeggenschap over onze stichting krijgt". */
  ACQUIRE: { words: `krijgt|krijgen|kreeg|kregen|gekregen|verkrijgt|verkrijgen|verkregen|verwerft|verwerven|verworven|overgaat|overgaan|overgegaan` },
  /** Becoming the only board member or shareholder of the provider: control passes. */
  SOLE_CONTROL: { phrases: [["enig|enige", "bestuurder|aandeelhouder|eigenaar|lid"]] },
  CONTROL: { words: `zeggenschap|eigendom|aandelen|zeggenschapsoverdracht|eigenaar|eigenaren|moedermaatschappij|moederorganisatie` },
  // Handing over to another party: "gaat over naar", "ondergebracht bij" — "ondergebracht in twee clusters" regroups inside the organisation (REGROUP).
  TRANSFER_PHRASE: { phrases: [["gaat|gaan|ging|gingen", "over", "naar|aan"]] },
  /** "bij locatie Deventer", "bij de afdeling": a unit of the provider's own as the destination (set while reading). */
  OWN_UNIT_DEST: {},
  /** Buyers of buildings, not of care: "verkopen aan een projectontwikkelaar". */
  PROPERTY_BUYER: { words: `projectontwikkelaar\\w*|ontwikkelaar\\w*|belegger\\w*|vastgoed\\w*|woningcorporatie\\w*|corporatie` },
  /** "er komt een tweede woonlocatie": something new arrives. */
  ARRIVE: { phrases: [["komt|komen", "er"], ["er", "komt|komen"]] },
  /** Client participation itself: "de medezeggenschap anders inrichten". */
  PARTICIPATION: { words: `medezeggenschap|clientenmedezeggenschap|medezeggenschapsstructuur` },
  /** A new entity of the provider's own: "in één nieuwe stichting" (set while reading). */
  OWN_NEW_ENTITY: {},
  /** Filling a post: "de vacature", "een opvolger", "de selectiecommissie". */
  SUCCESSION: { words: `vacature|vacatures|opvolger|opvolgster|selectiecommissie|sollicitatiecommissie|benoemingsadviescommissie|wervingsprocedure` },
  /** Staff as people: "de vacature voor verpleegkundigen". */
  STAFF_PEOPLE: { words: `${P}(?:medewerker|medewerkers|verpleegkundige|verpleegkundigen|verzorgende|verzorgenden|collega|collegas|stagiair|stagiairs|vrijwilliger|vrijwilligers|zorgverlener|zorgverleners|helpende|helpenden|begeleider|begeleiders|personeel|personeelsleden)` },
  /** Members of the council itself: "twee nieuwe leden van de cliëntenraad". */
  COUNCIL_MEMBER: { words: `lid|leden|raadslid|raadsleden|voorzitter|secretaris` },
  /** Placing something under another roof: a transfer when the roof is another organisation, a regrouping when it is a unit of our own. */
  MOVE_UNDER: { words: `onderbreng\\w*|ondergebracht|onderbrengt` },
  /** Regrouping inside the organisation: "ondergebracht in twee clusters", "ingedeeld in drie regio's", "gebundeld in". */
  REGROUP: { phrases: [["ingedeeld|indelen|gebundeld|bundelen|samengebracht|samenbrengen|gegroepeerd|groeperen|opgedeeld|opdelen|verdeeld|verdelen", "in|onder|over"]] },
  /** Groups the organisation is divided into. */
  GROUPING: { words: `cluster|clusters|${P}programma|${P}programmas|${P}programma's|regio|regios|regio's|eenheden|eenheid|divisie\\w*|resultaatgebied\\w*|bedrijfsonderde\\w*|sector|sectoren|teams|afdelingen|locaties` },
  HANDOVER_CARE: { words: `dienst|diensten|shift|shifts|medicatie|mondelinge|warm|warme|digitale|informatie|clientinformatie|gegevens|dossier|ecd|patientgegevens|huisarts|ontslag|opname` },
  PURPOSE: { words: `doelstelling|statutaire-doelstelling` },
  BASIS: { words: `grondslag|grondslagen|statutaire-grondslag` },
  IDENTITY: { words: `identiteit|karakter|signatuur|statuten|statutair|statutaire` },
  RELIGION: { words: `christelijk\\w*|protestant\\w*|katholiek\\w*|religie\\w*|religieu\\w*|levensbeschouw\\w*|islamitisch\\w*|joods\\w*|humanistisch\\w*|reformatorisch\\w*|gereformeerd\\w*|algemeen|algemene` },
  ENDING_VERB: {
    words: `sluit|sluiten|sluiting${T}|gesloten|sloot|sloten|opheff\\w*|opgeheven|heft|beeindig\\w*|stop|stopt|stopte|stoppen|gestopt|afbouw\\w*|afgebouwd|bouwt|afstot\\w*|afgestoten|stoten|stoot|verdwijn\\w*|verdwenen|schrapp\\w*|geschrapt|schrapt|afschaff\\w*|afgeschaft|schaft|opgeven|opgegeven|beeindiging${T}|terugtrekken|teruggetrokken|trekt|dicht|dichtgaan|dichtgaat|inkrimp\\w*|ingekrompen|krimpt|krimp|afslank\\w*|afgeslankt`,
  },
  NO_LONGER: { phrases: [["niet|geen", "langer|meer"], ["geen", "[a-z-]+", "meer|langer"]] },
  /** Bringing a number down: "het aantal plaatsen wordt teruggebracht van 10 naar 6". */
  REDUCE_VERB: { words: `teruggebracht|terugbrengen|terugbrengt|verminder\\w*|verminderd|reducer\\w*|gereduceerd|reductie|afgebouwd|afbouw\\w*|inkrimp\\w*|ingekrompen|halver\\w*|gehalveerd` },
  /** What a client pays by nature: "eigen bijdrage", "servicekosten". */
  CLIENT_PRICE: { words: `eigen-bijdrage\\w*|servicekosten|huurprijs\\w*|huurverhoging\\w*`, phrases: [["eigen", "bijdrage|bijdragen"]] },
  OFFER: { words: `aanbied\\w*|aangeboden|biedt|bieden|geboden|leveren|levert|geleverd|verlenen|verleent|verleend` },
  EXPANSION: { words: `uitbreid\\w*|uitbreiding${T}|uitgebreid|breidt|breiden|breidde|breidden|opening|openen|opent|geopend|starten|start|gestart|erbij|bijkomen|groei\\w*` },
  UNIT: {
    words: `(?!zorg|werk|project|klankbord|doel|leeftijds|stuur|focus|beroeps|risico|intervisie|overleg|ouder|deelnemers|bewoners|cliente?n?|patiente?n?|doe|kern|onderzoeks|regie|denk|lees|gespreks|praat|zelfhulp|lotgenoten)[a-z]+groep(?:en)?|${P}(?:locatie|locaties|vestiging|vestigingen|afdeling|afdelingen|woongroep|woongroepen|unit|units|kliniek|klinieken|polikliniek|poliklinieken|woonvorm|woonvormen|woonlocatie|woonlocaties|zorglocatie|zorglocaties|verpleeghuis|verpleeghuizen|verzorgingshuis|verzorgingshuizen|woonzorgcentrum|woonzorgcentra|zorgcentrum|zorgcentra|woning|woningen|zorgtak|bedden|plaatsen|appartementen|regio|regios|team|teams|wijkteam|wijkteams|dochter|dochteronderneming|steunpunt|steunpunten|praktijk|praktijken|hospice|logeerhuis|voorziening|voorzieningen|gezinshuis|gezinshuizen|leefgroep|leefgroepen|behandelgroep|behandelgroepen|dagcentrum|dagcentra|zorgboerderij)|groep|groepen|huis|huizen|tak|bv|werkzaamheden|zorgactiviteiten` },
  CARE_SERVICE: {
    words: `${P}(?:therapie|therapieen|logopedie|dietetiek|dietist\\w*|psychologische|thuiszorg|wijkverpleging|dagbesteding|dagopvang|nachtzorg|nachtopvang|huishoudelijke|huishoudelijk|revalidatie|geriatrische|kortdurend|respijtzorg|crisisopvang|dagbehandeling|ambulante|ambulant|jeugdzorg|ggz|gehandicaptenzorg|zorgtak|zorgfunctie|zorgproduct|zorgproducten|zorgaanbod|dienstverlening|behandeling|begeleiding|verpleging|nachtdienst|nachtdiensten|avonddienst|avonddiensten|zorgverlening|ouderenzorg|gehandicaptenzorg|psychogeriatrie|somatiek|hulp|opvang|zorg)`,
  },
  DOOR_OR_TIME: { words: `${P}(?:deur|deuren|ingang|poort|hek|toegang)|uur|tijdstip|openingstijd\\w*|sluitingstijd\\w*` },
  DOOR: { words: `${P}(?:deur|deuren|poort|hek|toegangsdeur)|[a-z]+ingang|ingangen|sluitingstijd\\w*|openingstijd\\w*` },
  CLOCK: { words: `uur|tijdstip|avond|avonds|nachts` },
  VISIT: { words: `bezoek|bezoeken|bezoeker|bezoekers|visite|bezoektijd\\w*` },
  PERMISSION: { phrases: [["beperkt|beperken|beperkte", "tot"]], words: `mogen|mag|moeten|moet|toegestaan|verboden|verbod|maximaal|hooguit` },
  WORKS_COUNCIL: { words: `ondernemingsraad|ondernemingsraden|or|ors|clientenraden|locatieraden|bewonersraden|medezeggenschapsraden` },
  CONTRACT: { words: `${P}(?:overeenkomst|overeenkomsten|contract|contracten|akkoord|convenant|compromis|verbond|vrede|dossier|cirkel)` },
  ORGANISATION_WORD: { words: `organisatie|organisatorisch\\w*|organisatiestructuur|organisatievorm|werkorganisatie` },
  IMPORTANT: { words: `aanmerkelijk\\w*|belangrijk\\w*|ingrijpend\\w*|grote|groot|grootschalig\\w*|fundamente\\w*|wezenlijk\\w*|aanzienlijk\\w*|forse|fors|omvangrijk\\w*` },
  ORG_CHANGE: {
    words: `reorganisatie${T}|reorganisaties|gereorganiseerd|reorganiser\\w*|herstructur\\w*|organisatiewijziging${T}|organisatieverandering${T}|organisatiestructuur|organisatiemodel|besturingsmodel|besturingsstructuur|sturingsstructuur|divisiestructuur|managementstructuur|besturingsfilosofie|sturingsmodel|organisatieontwikkeling|herinrichting|herindeling|kanteling|transitie`,
  },
  SELF_MANAGING: { words: `resultaatverantwoordelijk\\w*|integraal-verantwoordelijk\\w*|zelfsturend\\w*|zelforganiserend\\w*|zelfsturing|zelforganisatie` },
  CENTRALISE: { words: `(?:de)?centralis\\w*|gecentraliseerd|gedecentraliseerd|(?:de)?centraal|concentre\\w*|geconcentreerd` },
  ORGANISE_VERB: { words: `organiser\\w*|georganiseerd|inricht\\w*|ingericht|inrichten|structuur|opzet|werkwijze|organisatievorm` },
  DIFFERENT: { words: `voortaan|anders|andere|nieuw|nieuwe|opnieuw|wijzig\\w*|gewijzigd|veranderen|verandert|veranderd|verandering` },
  BACKOFFICE: {
    // "zorgkantoor" is a funder, not an office.
    words: `hr|ict|it|(?!zorgkantoor)${P}(?:administratie|personeelszaken|salarisadministratie|financien|financiele|facilitair|facilitaire|inkoop|communicatie|marketing|staf|stafdienst|stafdiensten|hoofdkantoor|kantoor|kantoren|backoffice|bedrijfsvoering|controlling|secretariaat|receptie|archief|servers|planning|roosterplanning|kantoorautomatisering)`,
  },
  PROFILE: { words: `${P}profiel${T}|${P}profielen|profielschets${T}|functieomschrijving${T}|functiebeschrijving${T}|competenties` },
  BOARD: {
    words: `rvt|rvb|toezichthouder\\w*|bestuurder|bestuurders|directeur-bestuurder|commissaris|commissarissen|bestuur|bestuursleden|bestuurslid|toezichtraad|toezichthoudend`,
    phrases: [
      ["raad|raden", "van", "toezicht"],
      ["raad|raden", "van", "bestuur"],
    ],
  },
  SUPERVISORY: { words: `rvt|toezichthouder\\w*|commissaris|commissarissen|toezichtraad|toezichthoudend`, phrases: [["raad|raden", "van", "toezicht"]] },
  BUDGET: { words: `(?!bouw|project|activiteit|clientenraad|raads|cr)${P}(?:begroting|begrotingen)|jaarrekening${T}|jaarrekeningen|kaderbrief|jaarverantwoording|jaardocument|begrotingsjaar` },
  BUILD: {
    words: `huisvesten|gehuisvest|verbouw\\w*|${P}renovatie${T}|renovaties|gerenoveerd|renover\\w*|nieuwbouw${T}|${P}bouwplan${T}|bouwplannen|bouwen|gebouwd|bouwt|bouw|sloop${T}|slopen|gesloopt|herhuisvest\\w*|huisvestingsplan${T}|huisvestingsbeleid|huisvestingsstrategie|vastgoedplan\\w*|vastgoedstrategie|vastgoedbeleid|verhuiz\\w*|verhuist|verhuisd|verhuisplan${T}|uitbouw|aanbouw|herbouw|transformeren|ombouw\\w*|omgebouwd|nieuw-gebouw|huisvesting`,
  },
  NEW_BUILDING: { words: `gebouw|gebouwen|pand|panden|onderkomen|complex` },
  NEW: { words: `nieuw|nieuwe|ander|andere|tijdelijk|tijdelijke|tweede|derde|extra|eigen` },
  MANAGER: {
    words: `(?!case|zorgcase|project|facilitair|kwaliteits|product)[a-z]*(?:manager|managers)|teamleider\\w*|teamleiding|leidinggevende\\w*|${P}leidinggevenden|afdelingshoofd\\w*|afdelingsleider\\w*|locatiedirecteur\\w*|zorgdirecteur\\w*|directeur|directeuren|locatiehoofd\\w*|teamcoach\\w*|unitleider\\w*|coordinerend`,
  },
  APPOINT: {
    words: `benoem\\w*|benoemd|aanstell\\w*|aangesteld|stelt|selectie${T}|selecter\\w*|geselecteerd|werving${T}|werven|wervingsprocedure|sollicit\\w*|vacature${T}|vacatures|aannemen|aangenomen|kiezen|gekozen|kiest|keuze|opvolg\\w*|opvolger|vervang\\w*|vervanger|aanstelling|benoeming|kandidaat|kandidaten|voordracht|voorgedragen|voordragen`,
  },
  // ---- consent topics ----
  PARTICIPATION_REG: { words: `medezeggenschapsregeling${T}|medezeggenschapsregelingen|medezeggenschapsreglement${T}|medezeggenschapsstructuur|medezeggenschapsmodel`, phrases: [["regeling", "medezeggenschap|clientenmedezeggenschap"]] },
  COMPLAINT_REG: {
    words: `klachte?n?(?:regeling|reglement|procedure|beleid|afhandeling|behandeling|opvang|systeem|route|bemiddeling|commissie|instantie)${T}|geschilleninstantie|geschillencommissie|klachtrecht`,
    phrases: [["regeling|reglement|procedure|afhandeling|behandeling", "voor|van|bij", "klachten"]],
  },
  COMPLAINTS_OFFICER: { words: `klachte?n?functionaris${T}|klachte?n?functionarissen|clientvertrouwenspersoon|vertrouwenspersoon` },
  HOUSE_RULES: {
    words: `huisregel\\w*|huisreglement\\w*|leefregel\\w*|bezoekregel\\w*|bezoektijd\\w*|bezoekersregel\\w*|bezoekbeleid|bezoekersbeleid|bezoekmogelijkhed\\w*|(?:rook|huisdier|huisdieren|alcohol|privacy|parkeer|sleutel|post)(?:beleid|regel|regels|regeling|reglement)${T}|rookverbod|rookvrij\\w*|bewonersreglement\\w*|huurreglement|huurvoorwaarden|leveringsvoorwaarden`,
    phrases: [["huishoudelijk|huishoudelijke", "reglement|regels"]],
  },
  CLIENT_RULE_SUBJECT: { words: `huisdier|huisdieren|roken|gerookt|rookt|rookbeleid|rookruimte|rookverbod|alcohol|alcoholgebruik|sleutel|sleutels|sleutelbeheer|privacy|nachtrust|bezoek|bezoekers|bezoektijden|kledingvoorschriften|zakgeld|bewonersgeld|eigendommen` },
  REG: {
    // "verhuisregeling" is part of the social plan, not a rule for daily life.
    words: `(?!klacht|medezeggenschap|verhuis|werktijd|arbeid|verlof|reiskost|vakantie|pensioen|thuiswerk|declaratie|onkosten|overwerk|rooster|personeel|vergoeding|vrijwilligers|bonus|studie|scholing|fiets|lease|werk|sollicit|ziekte|verzuim)${P}(?:regel|regels|regeling|regelingen|reglement|reglementen|voorwaarden|afspraken)`,
  },
  PRICE: { words: `${P}(?:prijs|prijzen|prijsje)${T}|${P}(?:tarief|tarieven)${T}|eigen-bijdrage|bijdrage|bijdragen|abonnementskosten|servicekosten|kosten|kost|kostte|vergoeding` },
  PAY: { words: `rekenen|rekent|berekenen|berekent|berekend|betal\\w*|betaald|betaalt|rekening|factur\\w*|gefactureerd|gratis|kosteloos|doorberekend|doorberekenen|doorberek\\w*` },
  SERVICE: {
    words: `${P}(?:dienst|diensten|dienstverlening|service|services|servicepakket|pakket|pakketten|wasservice|wassen|wasgoed|linnengoed|kleding|maaltijd|maaltijden|kapper|pedicure|pedicurezorg|telefoon|televisie|tv|internet|wifi|abonnement|abonnementen|vervoer|taxi|arrangement|arrangementen|activiteiten|uitje|uitjes|koffie|consumpties|huur|appartement|kamer)`,
  },
  NONCLIENT: {
    words: `bezoeker|bezoekers|extern\\w*|buurtbewoners?|wijkbewoners?|omwonenden|gasten|gast|publiek|derden|niet-?clienten|niet-?client|passanten|zorgverzekeraar\\w*|verzekeraar\\w*|zorgkantoor|zorgkantoren|gemeente|gemeenten|medewerker\\w*|personeel\\w*|werknemers?|collega\\w*|personeelsrestaurant|personeelsleden|leveranciers?`,
  },
  CLIENT: {
    words: `(?!buurt|wijk|oud-?|ex-|niet-?)[a-z-]*(?:client|clienten|bewoner|bewoners|patient|patienten|deelnemer|deelnemers|zorgvrager|zorgvragers|jeugdige|jeugdigen|huurder|huurders|zorgontvanger|zorgontvangers)|ouderen|naasten|mantelzorger\\w*|familieleden|familie|verwanten|vertegenwoordigers?|clientvertegenwoordiger\\w*`,
    phrases: [["mensen", "die", "zorg"]],
  },
  COUNCIL: {
    words: `(?!ondernemings)${P}(?:clientenraad|clientenraden|clientraad|bewonersraad|bewonersraden|familieraad|verwantenraad|deelnemersraad|jongerenraad|patientenraad|locatieraad|locatieraden|ouderraad|ouderenraad|medezeggenschapsraad)|cr|ccr|lcr`,
  },
  CAREPLAN: {
    words: `(?:zorg|zorgleef|leef|ondersteunings|behandel|begeleidings|client|perspectief|hulpverlenings|zorgbehandel|woon|zorg-en-behandel|persoonlijk)plan${T}|(?:zorg|zorgleef|leef|ondersteunings|behandel|begeleidings|client|perspectief|hulpverlenings)plannen|zorgplanbespreking\\w*|mdo|mdos|multidisciplinair\\w*|evaluatiegesprek\\w*|zorgdossier\\w*|zorgovereenkomst\\w*`,
  },
  PROCESS: {
    words: `${P}(?:procedure|procedures|werkwijze|werkwijzen|methodiek|methode|format|formulier|formulieren|opzet|aanpak|proces|cyclus|bespreking|besprekingen|evaluatie|evaluaties|protocol|protocollen|systematiek)|opstel\\w*|opgesteld|bespre\\w*|besproken|evalue\\w*|geevalueerd|invullen|ingevuld|vastleggen|vastgelegd|maken|gemaakt|digitaal|digitale|ecd|elektronisch\\w*`,
  },
  QUALITY: { words: `kwaliteit${T}|kwaliteitsplan${T}|kwaliteitsbeleid|kwaliteitskader|kwaliteitsplannen` },
  /** Watching clients with cameras or sensors: a safety measure. */
  SURVEILLANCE: { words: `camerabeleid|cameraregels|cameraregeling|camera|cameras|camera's|${P}camera|${P}cameras|cameratoezicht|camerabewaking|cameragebruik|camerasysteem\\w*|videobewaking|domotica|bewegingssensor\\w*|sensoren|sensor|leefcirkel\\w*|gps-?\\w*|bewaking` },
  /** "een nieuw verpleeghuis", "een tweede hospice": a care facility that adds places. */
  NEW_FACILITY: {
    phrases: [
      ["een|extra", "nieuw|nieuwe|extra|tweede|derde|additioneel|additionele", "[a-z-]*(?:verpleeghuis|hospice|woonzorgcentrum|zorgcentrum|woonvorm|kliniek|polikliniek|zorglocatie|woonlocatie|groepswoning|logeerhuis|dagcentrum|gezinshuis|verpleegafdeling)"],
    ],
  },
  /** Replacing what exists: "vervangende nieuwbouw", "ter vervanging van". */
  /** More places: "40 extra plaatsen", "meer bedden". */
  EXTRA_PLACES: { phrases: [["extra|meer|additionele|bijkomende", "[a-z-]*(?:bedden|plaatsen|plekken|appartementen|kamers)"]] },
  /** Other organisations than the provider: "twee andere aanbieders in de regio". */
  OTHER_ORGS: { phrases: [["andere", "[a-z-]*(?:aanbieders|organisaties|zorgaanbieders|instellingen|stichtingen|zorggroepen|ziekenhuizen|partijen)"]] },
  /** An amount of money: "€ 15", "15 euro" (the euro sign is set while reading). */
  AMOUNT: { words: `euro|euros|euro's|eurocent` },
  /** Done and over: "is afgerond", "werd opgeleverd". */
  COMPLETED: { words: `afgerond|voltooid|opgeleverd|gerealiseerd|afgesloten` },
  PERFECT_AUX: { words: `is|zijn|werd|werden|was|waren` },
  FUTURE_AUX: { words: `wordt|worden|zal|zullen|gaat|gaan|moet|moeten|kan|kunnen|wil|willen` },
  REPLACE: { words: `vervang\\w*|vervanging\\w*` },
  SAFETY: { words: `agressiebeleid|agressieprotocol\\w*|(?:val|medicatie|client|zorg)?incident(?:en)?|${P}incidenten(?:beleid|registratie|melding\\w*|analyse\\w*)|${P}veiligheid${T}|valpreventie\\w*|medicatieveiligheid|brandveiligheid|incidentenbeleid|calamiteitenbeleid|meldcode` },
  HYGIENE: { words: `hygiene${T}|hygienebeleid|hygienisch\\w*|infectiepreventie${T}|infectie${T}|uitbraak\\w*|besmetting\\w*|schoonmaakbeleid|schoonmaakprotocol` },
  POLICY: {
    words: `${P}(?:beleid|beleidsplan|beleidsplannen|plan|plannen|kader|protocol|protocollen|richtlijn|richtlijnen|maatregel|maatregelen|visie|criteria|procedure|procedures|systeem|handboek|regels|regeling|agenda|jaarplan|aanpak|norm|normen|eisen|standaard)`,
  },
  QUALITY_DOC: { words: `kwaliteitsplan${T}|kwaliteitsbeleid|kwaliteitsplannen|kwaliteitskader|kwaliteitsjaarplan|kwaliteitshandboek|kwaliteitsagenda|kwaliteitssysteem|veiligheidsbeleid|veiligheidsplan|hygienebeleid|hygieneprotocol|infectiepreventiebeleid|valpreventiebeleid|medicatiebeleid` },
  /** Admission policy in one word: "opnamestop", "toelatingsbeleid". */
  ADMISSION_POLICY: {
    words: `opnamestop|opnamebeleid|opnamecriteria|toelatingsbeleid|toelatingscriteria|wachtlijstbeleid|clientenstop|clientstop|instroomstop|cliëntstop|aanmeldstop|ontslagbeleid|ontslagcriteria`,
  },
  /** "opname en ontslag": discharge of clients beside admission, not dismissal of staff. */
  ADMISSION_AND_DISCHARGE: { phrases: [["opname|opnames|toelating|intake|instroom", "en", "ontslag|uitstroom"], ["ontslag", "en", "opname|opnames"]] },
  /** A price going up or down: "de huur stijgt met 3%". */
  PRICE_MOVE: { words: `stijgt|stijgen|steeg|gestegen|daalt|dalen|omhoog|omlaag|geindexeerd|indexatie|indexeren|verhoogd|verhoging|verhogen|verhoogt|verlaagd|verlaging|verlagen|verlaagt` },
  ADMISSION: {
    words: `toelating${T}|toelatingen|toelaten|toegelaten|opname|opnames|opnamebeleid|opnamecriteria|opnamestop|intake${T}|wachtlijst${T}|wachtlijsten|inschrijving${T}|plaatsing${T}|plaatsingsbeleid|doelgroepbeleid|instroom${T}|uitstroom${T}|ontslagbeleid|ontslagcriteria|ontslagprocedure|zorgbeeindiging${T}|zorgweigering`,
  },
  PRIORITY: { words: `voorrang|urgentie\\w*|wachttijd\\w*|wachtlijstbeheer|toewijzing|zorgtoewijzing|volgorde` },
  ENDING_CARE: { words: `beeindig\\w*|stopzett\\w*|opzegg\\w*|opgezegd|zegt` },
  CARE_RELATION: { words: `zorg|zorgverlening|zorgovereenkomst\\w*|zorgrelatie\\w*|dienstverlening|behandeling|begeleiding|hulpverlening|behandelrelatie\\w*` },
  FOOD: {
    words: `voeding\\w*|maaltijd${T}|maaltijden|eten|etenstijd\\w*|menu${T}|menus|menukaart|keuken${T}|avondeten|avondmaaltijd|middageten|broodmaaltijd|warme|ontbijt${T}|diner\\w*|lunch\\w*|drinken|catering\\w*|restaurant\\w*|kookt|koken|gekookt|kookfunctie|maaltijdservice|voedsel\\w*|dieet\\w*|dieten`,
  },
  FOOD_POLICY: { words: `voedingsbeleid|voedingsvisie|maaltijdbeleid|maaltijdvoorziening\\w*|maaltijdconcept\\w*|maaltijdaanbod|voedingsconcept\\w*|cateringconcept\\w*`, phrases: [["eten", "en", "drinken"]] },
  SPIRIT_CARE: { words: `pastoraat|zingeving|geestelijke-verzorging`, phrases: [["geestelijke|geestelijk", "verzorging|verzorger|verzorgers|zorg"]] },
  SPIRIT: { words: `geestelijk\\w*|pastor\\w*|pastoraat|zingeving\\w*|kerkdienst\\w*|vieringen|viering|dominee|pastoraal|levensvragen|spiritu\\w*|zielzorg` },
  RECREATION: {
    words: `recreatie|recreatief|recreatieve|recreatiebeleid|recreatieaanbod|recreatiebegeleiding|recreatieprogramma\\w*|ontspanning|ontspanningsaanbod|activiteitenaanbod|activiteitenprogramma\\w*|activiteitenbegeleiding|activiteitenbeleid|welzijnsbeleid|welzijnsaanbod|welzijnsactiviteit\\w*|welzijnswerk|vrijetijdsbesteding|vrijetijd\\w*|uitstapjes?|dagactiviteit\\w*|bewegingsaanbod|beweegaanbod|zingeving`,
  },
  ACTIVITY: { words: `(?:avond|dag|middag|weekend|zomer|groeps|beweeg|welzijns|muziek|vrijetijds|recreatie|buiten|zondag|zaterdag)?(?:activiteit|activiteiten)|uitje|uitjes|bingo|muziekmiddag\\w*|bewegen|beweegactiviteit\\w*|vakantiereis\\w*|vakantieweek\\w*|feest|feesten|spelletjes?|wandelen|uitstap\\w*` },
  SOCIAL_HELP: { phrases: [["maatschappelijke|maatschappelijk", "dienstverlening|hulp|werk|werker|werkers|ondersteuning|bijstand"]], words: "maatschappelijkwerk|maatschappelijkwerker" },
  SOCIAL_PLAN: { words: `sociaalplan${T}|sociale-plan`, phrases: [["sociaal|sociale", "plan|plannen|statuut"]] },
  MOVE_ARRANGEMENT: { words: `verhuiskosten\\w*|verhuisvergoeding\\w*|verhuisregeling\\w*|verhuisbegeleiding|wisselwoning\\w*|doorstroomwoning\\w*|tijdelijke-huisvesting|herhuisvestingsplan\\w*|verhuisafspraken|verhuisplan\\w*|terugkeergarantie|terugkeerrecht|verhuiskostenvergoeding` },
  LAYOUT: {
    words: `inrichting${T}|inrichten|ingericht|herinricht\\w*|herinrichting|indeling${T}|indelingen|indelen|ingedeeld|herindeling|plattegrond${T}|plattegronden|inrichtingsplan${T}|indelingsplan${T}|ontwerp|ontwerpen|ontworpen|schetsontwerp${T}|voorlopig-ontwerp|programma-van-eisen|inrichtingskeuzes`,
  },
  SPACE: {
    words: `${P}(?:ruimte|ruimtes|ruimten|kamer|kamers|appartement|appartementen|huiskamer|huiskamers|woonkamer|woonkamers|slaapkamer|slaapkamers|badkamer|badkamers|sanitair|woning|woningen|studio|studios|unit|units|tuin|tuinen|verdieping|verdiepingen|woonvorm|groepswoning|groepswoningen|woonunit|woonunits|gebouw|gebouwen|pand|nieuwbouw|locatie|zorgruimte|zorgruimtes|behandelkamer|behandelkamers|ontmoetingsruimte|restaurant|keuken|belevingstuin|snoezelruimte|douche|douches|toilet|toiletten)|gang|gangen`,
  },
  STAFF_SPACE: { words: `(?!zorgkantoor)${P}(?:kantoor|kantoren|kantoorruimte|personeelsruimte|personeelsruimtes|personeelskantine|kantine|vergaderruimte|vergaderzaal|werkplek|werkplekken|teampost|teamkamer|kleedruimte|kleedkamers|personeelsrestaurant)` },
  /** The council's (independent) supporter: consent on appointing them (art. 8). */
  SUPPORTER: {
    words: `ondersteuner|ondersteuners|(?:clientenraad|raads|cr|ccr)ondersteuner\\w*`,
    phrases: [
      ["onafhankelijke|onafhankelijk", "ondersteuning|ondersteuner|ondersteuners"],
      ["ondersteuning", "van|voor", "de", "clientenraad|centrale|cr|ccr"],
    ],
  },
  /**
   * The council's *ambtelijk secretaris*: many regulations keep it a separate, administrative role,
   * so consent applies only where this person gives the independent support (a condition).
   */
  SECRETARY: {
    words: `ambtelijk-secretaris`,
    phrases: [["ambtelijk|ambtelijke", "secretaris|secretarissen|ondersteuner|ondersteuning|ondersteuners"]],
  },
  CARE_ROLE_BEFORE: { words: `persoonlijk|persoonlijke|woon|zorg|eerst|eerste|ambulant|ambulante|gezins|praktijk|thuis` },
  // ---- procedures ----
  INSTALL: {
    words: `instellen|instelt|ingesteld|installer\\w*|geinstalleerd|installatie|opricht\\w*|opgericht|oprichting|opzetten|opgezet|zet|vormen|gevormd`,
    // "Instelling van een cliëntenraad": the noun for installing, not an institution.
    phrases: [["instelling", "van|voor", "een|de|het|onze|nieuwe|centrale|lokale|eigen"]],
  },
  DISSOLVE: { words: `opheff\\w*|opgeheven|opheffing|heft|ontbind\\w*|ontbonden|ontbinding|afschaff\\w*|afgeschaft|schaft` },
  /** A member of the board or the supervisory board as a person to appoint. */
  BOARD_MEMBER: {
    words: `bestuurder|bestuurders|directeur-bestuurder|bestuurslid|bestuursleden|toezichthouder|toezichthouders|commissaris|commissarissen|rvt-lid|rvb-lid|rvt-leden`,
    phrases: [["lid|leden", "van", "de", "raad|raden", "van", "toezicht|bestuur"]],
  },
  /**
   * Filling a post that is still open (narrower than APPOINT: no "stelt", "kiezen", "keuze", and no
   * past participle: "heeft een nieuwe bestuurder benoemd" reports a decision already taken).
   */
  FILL_POST: { words: `benoemen|benoemt|benoeming|benoemingen|aanstellen|aanstelling|werving${T}|werven|vacature${T}|vacatures|opvolging|opvolger|opvolgster|selectie|selectieprocedure|selecteren|kandidaat|kandidaten` },
  NOMINATION: { words: `voordracht${T}|voordrachten|voordrachtsrecht\\w*|voordragen|voorgedragen|draagt`, phrases: [["bindende|bindend", "voordracht|voordrachtsrecht"]] },
  ENQUIRY: { words: `enquete|enqueterecht|enqueteverzoek\\w*|enqueteprocedure\\w*|enquetes` },
  ENQUIRY_CONTEXT: { words: `ondernemingskamer|wanbeleid|recht|verzoek|onderzoek|gerechtshof` },
  // ---- scope and modifiers ----
  STAFF: {
    words: `${P}(?:medewerker|medewerkers|werknemer|werknemers|personeel|personeelsleden|collega|collegas|verpleegkundigen|verzorgenden|stagiair|stagiairs|vrijwilliger|vrijwilligers|zorgprofessionals|professionals)|arbeid\\w*|werktijd\\w*|werkrooster\\w*|rooster\\w*|dienstrooster\\w*|cao|salaris\\w*|loon|lonen|verlof\\w*|verzuim\\w*|ondernemingsraad|or|vakbond\\w*|functiehuis|functiewaardering|beoordelingssystematiek|thuiswerk\\w*|reiskosten\\w*|pensioen\\w*|arbo\\w*|werkdruk|overwerk|bhv|personeelsbeleid|personeelsplanning|functioneringsgesprek\\w*|arbeidsvoorwaarden|ontslag|ontslagen|reorganisatieplan-personeel|boventalligheid|boventallig\\w*|herplaatsing\\w*|vacatures|werving|scholingsplan|opleidingsplan|dienstkleding|kledingvoorschrift\\w*|parkeerplaats\\w*|personeelsfeest|personeelsuitje|kerstpakket\\w*|eindejaarsuitkering`,
  },
  CARE: {
    words: `${P}(?:zorg|zorgverlening|verpleging|verzorging|begeleiding|behandeling|dagbesteding|thuiszorg|wijkverpleging|hulpverlening|client|clienten|bewoner|bewoners|patient|patienten|deelnemers)|clientenzorg|zorgteam\\w*|wijkteam\\w*|woongroep\\w*|afdeling|afdelingen|locatie|locaties`,
  },
  CHANGE: {
    phrases: [
      ["met", "ingang", "van"],
      ["alleen", "nog"],
      ["nog", "maar"],
      ["niet", "meer|langer"],
    ],
    words: `nieuw|nieuwe|wijzig\\w*|gewijzigd|aanpass\\w*|aangepast|past|invoer\\w*|ingevoerd|voert|vaststell\\w*|vastgesteld|stelt|vervang\\w*|vervangen|herzie\\w*|herzien|actualis\\w*|geactualiseerd|verander\\w*|veranderd|voortaan|vanaf|straks|minder|meer|verminder\\w*|afschaff\\w*|afgeschaft|schrapp\\w*|geschrapt|bezuinig\\w*|verhog\\w*|verhoogd|los|loslaten|losgelaten|verlag\\w*|verlaagd|uitbreid\\w*|uitgebreid|aanscherp\\w*|aangescherpt|introduc\\w*|geintroduceerd|start\\w*|gestart|stopt|stoppen|beperk\\w*|beperkt|anders|andere|opnieuw|herijk\\w*|harmonis\\w*|geharmoniseerd|samenvoeg\\w*|implementat\\w*|implementer\\w*|verschuiv\\w*|verschuift|vervalt|vervallen|verdwijn\\w*|verdwenen|verplaats\\w*|verplaatst|concept|voorgenomen|voorstel|besluit|verbeter\\w*|verbeterplan`,
  },
  POLICY_WORD: { words: `beleid|beleidsplan|beleidsnotitie|visie|kader|concept|regels|richtlijn\\w*|protocol\\w*|aanbod|programma|criteria|procedure` },
  // ---- local modifiers ----
  EXTERNAL: { words: `ziekenhuis|ziekenhuizen|gemeente|gemeenten|zorgverzekeraar\\w*|verzekeraar\\w*|zorgkantoor|zorgkantoren|huisarts|huisartsen|inspectie|igj|overheid|rijksoverheid|minister|ministerie|kabinet|cak|provincie|woningcorporatie|uwv` },
  OWN: { words: `wij|we|ons|onze|organisatie|stichting|zorgaanbieder|bestuurder|bestuur|locatie|locaties` },
  /** The works council: a request to it is about staff participation, not the client council's. */
  WORKS_COUNCIL_ONLY: { words: `ondernemingsraad|ondernemingsraden|or|ors|personeelsvertegenwoordiging|pvt` },
  /** The provider speaking in the first person. */
  FIRST_PERSON: { words: `wij|we|ons|onze` },
  /** A body that is often the provider itself, named in the third person ("Het ziekenhuis legt … voor"). */
  PROVIDER_KIND: { words: `ziekenhuis` },
  SETTLED: { words: `besloten|genomen|geadviseerd|ingestemd|afgerond|gerealiseerd|opgeleverd|afgesloten|voltooid` },
  PAST: { words: `eerder|vorig|vorige|reeds|al|destijds|afgelopen|toen|vroeger` },
  NEGATION: { words: `geen|niet|nooit|noch` },
  /** Words that address the council: "adviesaanvraag cliëntenraad", "aan de cliëntenraad", "vragen de cliëntenraad". */
  ADDRESS: { words: `aan|adviesaanvraag\\w*|instemmingsaanvraag\\w*|adviesverzoek\\w*|instemmingsverzoek\\w*|aanvraag|verzoek|vragen|vraagt|verzoeken|verzoekt|informeren|informeert|voorgelegd|voorleggen|legt` },
  /** The council as addressee of the request (set while reading, no words of its own). */
  COUNCIL_ADDRESSED: {},
  /** The text asks the council for advice or consent: the provider is speaking, whatever it calls itself. */
  REQUEST: {
    words: `adviesaanvraag\\w*|instemmingsaanvraag\\w*|adviesverzoek\\w*|instemmingsverzoek\\w*|adviesvraag|instemmingsvraag`,
    phrases: [["ter|om|uw|voor", "advies|instemming|consultatie"], ["voorgenomen", "besluit"]],
  },
  /** A clause that says nothing changes: "doelstelling en grondslag blijven ongewijzigd", "er verandert niets aan …". */
  NO_CHANGE: {
    words: `ongewijzigd|ongewijzigde|onveranderd|onveranderde`,
    phrases: [
      ["verandert|veranderen|wijzigt|wijzigen", "er", "niets|niks"],
      ["verandert|veranderen|wijzigt|wijzigen", "niets|niks"],
      ["niets|niks", "verandert|veranderen|wijzigt|wijzigen"],
      ["blijft|blijven|bleef|bleven", "gelijk|hetzelfde|dezelfde|intact|gehandhaafd|behouden|bestaan"],
      ["geen", "gevolgen|invloed|effect|effecten|consequenties"],
    ],
  },
  /** Nouns for a process or project: "we starten de werving", "we openen een onderzoek" — not a unit of care. */
  PROCESS_NOUN: { words: `werving|selectie|procedure|project\\w*|pilot\\w*|proef\\w*|onderzoek\\w*|traject\\w*|gesprek\\w*|overleg|evaluatie|inventarisatie|verkenning|aanbesteding\\w*|campagne|werkgroep\\w*|cursus\\w*|training\\w*|enquete\\w*|peiling\\w*` },
  REFERENCE: { words: `volgens|conform|krachtens|overeenkomstig|ingevolge|grond|basis|genoemd|genoemde|vermeld|vermelde|bedoeld|bedoelde|beschreven|vastgelegd|ingevolge` },
  MINOR: { words: `klein|kleine|kleinere|kleinschalig\\w*|beperkt|beperkte|gering\\w*|minimaal|minimale|miniem\\w*|licht|lichte|cosmetisch\\w*|onderhoud\\w*|schilderwerk\\w*|reparatie\\w*` },
  COUNCIL_OWN: { words: `eigen` },
  /** "zijn huishoudelijk reglement", "haar eigen begroting": belonging to the subject of the sentence. */
  POSSESSIVE: { words: `zijn|haar|hun|eigen` },
  COUNCIL_BARE: { words: `raad|raden` },
  /** "deze raad" after a client council was named (set while reading, no words of its own). */
  COUNCIL_REF: {},
  PLACES: { words: `${P}(?:bedden|plaatsen|capaciteit|appartementen|woningen|plekken)` },
  CONTEXT_PREP: { words: `na|tijdens|bij|vanwege|rond|rondom|verband|gevolge|naar|in|binnen` },
  ARTICLE: { words: `de|het|deze|die|dit|een` },
  REDUCE: { words: `minder|verminder\\w*|afschaff\\w*|afgeschaft|schrapp\\w*|geschrapt|bezuinig\\w*|beperk\\w*|beperkt|stopp?\\w*|gestopt|vervalt|vervallen|niet|geen|alleen|nog` },
} as const satisfies Record<string, ConceptDef>;

/**
 * Identifier of a concept.
 *
 * @example
 * const id: ConceptId = "MERGER";
 */
export type ConceptId = keyof typeof CONCEPTS;

/**
 * A compiled concept: anchored word pattern and phrase patterns.
 *
 * @example
 * COMPILED_CONCEPTS.find((c) => c.id === "MERGER")?.word?.test("gefuseerd"); // true
 */
export type CompiledConcept = { readonly id: ConceptId; readonly word?: RegExp; readonly phrases: readonly (readonly RegExp[])[] };

const anchor = (source: string): RegExp => new RegExp(`^(?:${source})$`);

/**
 * All concepts, compiled once.
 *
 * @example
 * COMPILED_CONCEPTS.find((c) => c.id === "MERGER")?.word?.test("infusie"); // false
 */
export const COMPILED_CONCEPTS: readonly CompiledConcept[] = (Object.keys(CONCEPTS) as ConceptId[]).map((id) => {
  const def: ConceptDef = CONCEPTS[id];
  return {
    id,
    ...(def.words === undefined ? {} : { word: anchor(def.words) }),
    phrases: (def.phrases ?? []).map((phrase) => phrase.map(anchor)),
  };
});
