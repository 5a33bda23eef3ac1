import { formatCitation } from "../../_lib/citation/index.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_SET_VERSION } from "../rule-set/index.js";
import { assessDecision } from "./index.js";

const topicsOf = (text: string, options?: { longTermStay?: boolean }) => assessDecision(text, options).findings.map((f) => f.topic);

describe("assessDecision", () => {
  it.each(["Voorgenomen fusie met Zorggroep Oost", "Wij gaan fuseren met Zorggroep Oost", "Na 1 januari zijn wij gefuseerd met Zorggroep Oost", "Zorggroep Noord fuseert met Zorggroep Zuid"])(
    "finds a merger in any inflection: %s",
    (text) => {
      expect(topicsOf(text)).toEqual(["merger-or-cooperation"]);
    },
  );

  it("reads compounds: a klachtenregeling is the complaints regulation", () => {
    expect(topicsOf("Wijziging van de klachtenregeling")).toEqual(["complaints-regulation"]);
  });

  it("reads compounds: huisregels are rules for clients", () => {
    expect(topicsOf("Nieuwe huisregels voor locatie Het Anker")).toEqual(["client-regulations"]);
  });

  it("ignores diacritics, case and punctuation", () => {
    expect(topicsOf("PRIJSVERHOGING WASSERVICE VOOR CLIENTEN!!!")).toEqual(topicsOf("Prijsverhoging wasservice voor cliënten."));
    expect(topicsOf("beeindigen van de dagbesteding")).toEqual(["ending-or-expanding-care"]);
  });

  it.each([
    "Aanschaf van nieuwe printers voor het kantoor",
    "Nieuwe werktijden voor de medewerkers van de thuiszorg",
    "Nieuwe prijzen in het restaurant voor bezoekers en buurtbewoners",
    "De ondernemingsraad heeft ingestemd met het nieuwe roosterbeleid.",
    "Verhuizing van het hoofdkantoor naar Utrecht",
    "",
  ])("finds no right in a text that touches none: %s", (text) => {
    expect(assessDecision(text).findings).toEqual([]);
  });

  it("returns every right of a decision that touches several", () => {
    const text = "Grootschalige verbouwing van De Linde, met een sociaal plan voor de bewoners en een nieuwe indeling van de kamers";
    expect(assessDecision(text).findings.map((f) => `${f.right}:${f.topic}`)).toEqual(["advice:housing-and-building", "consent:social-plan", "consent:room-layout"]);
  });

  it("quotes the words of the text as written as evidence", () => {
    const [finding] = assessDecision("De Cliëntenraad adviseert over de Jaarrekening 2025.").findings;
    expect(finding?.evidence).toEqual(["Jaarrekening"]);
  });

  it("cites sub-letters only where confirmed", () => {
    const [social] = assessDecision("Sociaal plan voor de bewoners bij de verhuizing").findings;
    expect(social?.citation).toMatchObject({ law: "Wmcz 2018", article: "8", status: "topic-confirmed" });
    expect(social?.citation.point).toBeUndefined();
  });

  // Issue 11, correction 2: the social plan and room layout need consent only for an instelling set up for long-term stay.
  it("gives the social plan and the room layout the long-term-stay condition", () => {
    const findings = assessDecision("Sociaal plan voor de bewoners en een nieuwe indeling van de kamers").findings;
    expect(findings.map((f) => [f.topic, f.conditions.map((c) => c.code)])).toEqual([
      ["social-plan", ["long_term_stay_only"]],
      ["room-layout", ["long_term_stay_only"]],
    ]);
  });

  it("drops the social plan and the room layout for an instelling not set up for long-term stay", () => {
    expect(topicsOf("Sociaal plan voor de bewoners en een nieuwe indeling van de kamers", { longTermStay: false })).toEqual([]);
  });

  // Issue 11, correction 3: an ambtelijk secretaris is not automatically the independent supporter.
  it("finds appointing an ambtelijk secretaris only with the condition that this person gives the independent support", () => {
    const [finding] = assessDecision("Benoeming van een nieuwe ambtelijk secretaris van de cliëntenraad").findings;
    expect([finding?.topic, finding?.conditions.map((c) => c.code)]).toEqual(["supporter-appointment", ["independent_support_only"]]);
  });

  it("finds appointing the independent supporter without that condition, citing art. 8", () => {
    const [finding] = assessDecision("Selectie en benoeming van een nieuwe onafhankelijke ondersteuner van de cliëntenraad").findings;
    expect([finding?.topic, finding?.conditions, finding?.citation.article]).toEqual(["supporter-appointment", [], "8"]);
  });

  // Issue 11, correction 4: consent topics d–f are general policy; a one-off change is not in itself.
  it("carries 'only if this is general policy' on a daily-life finding as a condition", () => {
    const [finding] = assessDecision("Minder activiteiten in het weekend").findings;
    expect(finding?.conditions.map((c) => c.code)).toEqual(["general_policy_only"]);
  });

  // Issue 11, missing route: appointing a board member gives the routes of art. 7 f and art. 10.
  it("answers appointing a board member with the board-appointment route, not with nothing", () => {
    const result = assessDecision("Benoeming van een nieuwe bestuurder");
    expect(result.findings).toEqual([]);
    expect(result.procedures.map((p) => p.procedure)).toEqual(["board-appointment"]);
  });

  it("does not read a team leader appointed by the board as a board appointment", () => {
    expect(assessDecision("De bestuurder benoemt een nieuwe teamleider").procedures).toEqual([]);
  });

  it("keeps a housing finding with its long-term-stay condition when the caller does not say", () => {
    const [finding] = assessDecision("Nieuwbouw van woonzorgcentrum De Hoge Weide").findings;
    expect(finding?.conditions.map((c) => c.code)).toEqual(["long_term_stay_only"]);
  });

  it("drops housing and manager findings for a provider without long-term stay", () => {
    expect(topicsOf("Nieuwbouw en de benoeming van een nieuwe locatiemanager", { longTermStay: false })).toEqual([]);
  });

  it("drops the condition when the caller says the provider is set up for long-term stay", () => {
    const [finding] = assessDecision("Benoeming van een nieuwe locatiemanager", { longTermStay: true }).findings;
    expect(finding?.conditions).toEqual([]);
  });

  it("ignores a negated mention", () => {
    expect(topicsOf("Er is geen sprake van een fusie of overname.")).toEqual([]);
  });

  it("ignores a regulation that is only referred to", () => {
    expect(topicsOf("Conform de medezeggenschapsregeling vragen wij uw advies over de begroting 2026.")).toEqual(["budget-and-accounts"]);
  });

  it("does not take the council's own budget for the organisation's budget", () => {
    expect(topicsOf("De begroting van de cliëntenraad voor 2026")).toEqual([]);
  });

  it("treats a building project named as the setting of a consent topic as setting only", () => {
    expect(topicsOf("Inrichting van de huiskamers in de nieuwbouw")).toEqual(["room-layout"]);
  });

  it("reports other Wmcz procedures apart from advice and consent", () => {
    const result = assessDecision("De cliëntenraad doet een bindende voordracht voor een nieuw lid van de raad van toezicht.");
    expect(result.findings).toEqual([]);
    expect(result.procedures).toMatchInlineSnapshot(`
      [
        {
          "citation": {
            "article": "10",
            "law": "Wmcz 2018",
            "sources": [
              {
                "address": "dirkzwager.nl",
                "kind": "secondary",
                "title": "Dirkzwager: art. 10, art. 7 lid 1 sub f, beroep bij de Ondernemingskamer, opheffen",
              },
            ],
            "status": "confirmed",
          },
          "confidence": 0.75,
          "evidence": [
            "bindende voordracht",
            "raad van toezicht",
          ],
          "procedure": "binding-nomination",
        },
      ]
    `);
  });

  it.each([
    ["Wij stellen per 1 maart een cliëntenraad in.", "council-installation"],
    ["Wij zijn voornemens de cliëntenraad op te heffen.", "council-dissolution"],
    ["Instelling van een cliëntenraad.", "council-installation"],
  ] as const)("reads separable verbs and the noun for installing: %s", (text, procedure) => {
    expect(assessDecision(text).procedures.map((p) => p.procedure)).toEqual([procedure]);
  });

  it("takes 'deze raad' for the client council named before", () => {
    const text = "De lokale cliëntenraad functioneert niet meer. Wij zijn voornemens deze raad op te heffen.";
    expect(assessDecision(text).procedures.map((p) => p.procedure)).toEqual(["council-dissolution"]);
  });

  it("does not install a council when another thing is installed: an enquiry", () => {
    expect(assessDecision("De cliëntenraad vraagt de Ondernemingskamer een enquête in te stellen.").procedures.map((p) => p.procedure)).toEqual(["right-of-enquiry"]);
  });

  it("keeps a verb and its object together across a relative clause and function words", () => {
    expect(topicsOf("We openen in de oude vleugel van locatie Oost, die nu leeg staat, een nieuwe afdeling met 24 plaatsen.")).toEqual(["ending-or-expanding-care"]);
  });

  it("reads a hyphenated modifier before a compound: Concept-medezeggenschapsregeling", () => {
    expect(topicsOf("Concept-medezeggenschapsregeling 2025 ter instemming")).toEqual(["participation-regulation"]);
  });

  it("ignores what a clause says stays unchanged", () => {
    expect(topicsOf("De statuten worden aangepast; doelstelling en grondslag blijven ongewijzigd.")).toEqual([]);
  });

  it("does not take external participants for clients", () => {
    expect(topicsOf("Tarieven voor externe deelnemers aan onze cursus per 2025")).toEqual([]);
  });

  it("reads regrouping inside the organisation as a reorganisation, not a transfer", () => {
    expect(topicsOf("De zes woonlocaties worden ondergebracht in twee clusters.")).toEqual(["major-organisational-change"]);
  });

  it("does not take a budget for a staff party for the organisation's budget", () => {
    expect(topicsOf("De begroting voor het personeelsfeest is vastgesteld.")).toEqual([]);
  });

  it("reads the council named as addressee of a request as no council matter", () => {
    expect(topicsOf("Jaarrekening 2024 - adviesaanvraag cliëntenraad")).toEqual(["budget-and-accounts"]);
  });

  it("keeps a staff or office word in another clause from suppressing a finding", () => {
    expect(topicsOf("Graag uw instemming met het kwaliteitsplan en met de bezoekregeling (bezoek alleen na aanmelding bij de receptie).")).toEqual([
      "client-regulations",
      "quality-safety-hygiene",
    ]);
  });

  it("lets words in brackets right after a core word explain it", () => {
    expect(topicsOf("Reorganisatie van de ondersteunende diensten (HR, ICT en financiën)")).toEqual([]);
  });

  it("reads the provider writing about itself in the third person in a request to the council", () => {
    expect(topicsOf("Het ziekenhuis legt een nieuwe klachtenregeling voor patiënten ter instemming voor.")).toEqual(["complaints-regulation"]);
  });

  it("reads building a new care facility as expanding care, and replacing one as building only", () => {
    expect(topicsOf("Het besluit om een nieuw verpleeghuis te bouwen in Veenendaal")).toEqual(["ending-or-expanding-care", "housing-and-building"]);
    expect(topicsOf("Bouw van een nieuw verpleeghuis ter vervanging van De Linde")).toEqual(["housing-and-building"]);
  });

  it("reads cameras watching clients as safety policy", () => {
    expect(topicsOf("Inzet van camera's in de gangen van de psychogeriatrische afdeling")).toEqual(["quality-safety-hygiene"]);
  });

  it("reads another party getting control of the provider as a transfer of control", () => {
    expect(topicsOf("Zorggroep Ysselland wordt enig bestuurder en krijgt de zeggenschap over onze stichting.")).toEqual(["transfer-of-control"]);
  });

  it("does not read the council's own rulebook as a client regulation", () => {
    expect(topicsOf("De cliëntenraad past zijn huishoudelijk reglement aan.")).toEqual([]);
  });

  it("reads admission as a moment in time as no admission policy", () => {
    expect(topicsOf("Na opname krijgt iedere bewoner een vaste contactpersoon.")).toEqual([]);
  });

  it("reports only what is asked now when a clause says the underlying decision was taken before", () => {
    expect(topicsOf("Sociaal plan voor bewoners (het besluit over de verhuizing is vorig jaar genomen).")).toEqual(["social-plan"]);
  });

  it("keeps a verb and its object together across an inserted phrase between commas", () => {
    expect(topicsOf("Wij sluiten, in overleg met de gemeente, de dagbesteding in Velp.")).toEqual(["ending-or-expanding-care"]);
  });

  it("reads what clients may do with a rule subject as a client regulation", () => {
    expect(topicsOf("Vanaf 1 april mogen bewoners hun huisdier meenemen naar het restaurant.")).toEqual(["client-regulations"]);
  });

  it("reads an amount clients pay as a price for clients", () => {
    expect(topicsOf("Bewoners betalen voortaan € 15 per knipbeurt.")).toEqual(["client-regulations"]);
  });

  it("ignores a decision that is done and over", () => {
    expect(topicsOf("De fusie met Zorggroep Noord is per 1 januari afgerond.")).toEqual([]);
  });

  it("ignores a merger between other providers named as such", () => {
    expect(topicsOf("Zorggroep Noord en Zorggroep Zuid, twee andere aanbieders in de regio, gaan fuseren.")).toEqual([]);
    expect(topicsOf("Strategische alliantie met drie andere aanbieders in de regio")).toEqual(["merger-or-cooperation"]);
  });

  it("reads placing care under another organisation as a transfer, and under a unit of its own as a reorganisation", () => {
    expect(topicsOf("De dagbesteding wordt ondergebracht bij Stichting Philadelphia.")).toEqual(["transfer-of-control"]);
    expect(topicsOf("Wij willen de kortdurende opname onder te brengen bij locatie Deventer.")).toEqual(["major-organisational-change"]);
  });

  it("reads a unit that only qualifies another word as no unit: the waiting list of a unit", () => {
    expect(topicsOf("De wachtlijst voor de woonvorm wordt gesloten.")).toEqual(["admission-and-ending-care"]);
  });

  it("reads a price of a service to clients that goes up as a client regulation", () => {
    expect(topicsOf("De huur van de appartementen stijgt per 1 juli met 3%.")).toEqual(["client-regulations"]);
  });

  it("joins a particle over 'te laten': over te laten nemen is overnemen", () => {
    expect(topicsOf("Het voornemen is de zorg in de wijk Zuid over te laten nemen door Buurtzorg.")).toEqual(["transfer-of-control"]);
  });

  it("reads 'geen … meer aanbieden' and fewer places as ending care", () => {
    expect(topicsOf("Wij kunnen geen fysiotherapie meer aanbieden op locatie West.")).toEqual(["ending-or-expanding-care"]);
    expect(topicsOf("Het aantal plaatsen voor kortdurend verblijf wordt teruggebracht van 10 naar 6.")).toEqual(["ending-or-expanding-care"]);
  });

  it("leaves a request to the works council alone", () => {
    expect(topicsOf("De ondernemingsraad wordt om advies gevraagd over de reorganisatie van de afdeling HR.")).toEqual([]);
  });

  it("ignores a decision a relative clause says was taken", () => {
    expect(topicsOf("De raad sprak over de voortgang van de verbouwing, die in 2024 is besloten.")).toEqual([]);
  });

  it("reads selling a building to a developer as housing, not a transfer of care", () => {
    expect(topicsOf("Wij willen locatie Het Baken verkopen aan een projectontwikkelaar en de bewoners elders huisvesten.", { longTermStay: true })).toEqual([
      "housing-and-building",
    ]);
  });

  it("reads placing units in a new entity of its own as a reorganisation", () => {
    expect(topicsOf("Het bestuur wil de locaties Noord en Zuid onderbrengen in één nieuwe stichting.")).toEqual(["major-organisational-change"]);
  });

  it("reads a new facility that arrives as expanding care", () => {
    expect(topicsOf("Wij breiden uit: in Zwolle komt er een tweede woonlocatie voor jongeren met autisme.")).toEqual(["ending-or-expanding-care"]);
  });

  it("does not read merging a committee with another provider's as a merger", () => {
    expect(topicsOf("De bestuurder stelt voor om de klachtencommissie samen te voegen met die van Zorggroep Oost.")).toEqual(["complaints-regulation"]);
  });

  it("reads moving a unit to another unit of its own as a reorganisation, not a transfer", () => {
    expect(topicsOf("De afdeling somatiek gaat over naar locatie Zuid.")).toEqual(["major-organisational-change"]);
  });

  it("reads filling the post of a manager named in the sentence before", () => {
    expect(topicsOf("Onze locatiemanager vertrekt per 1 juli. De vacature wordt intern en extern uitgezet.")).toEqual(["care-manager-appointment"]);
  });

  it("joins a particle before a reason: schaffen … af wegens", () => {
    expect(topicsOf("Wij schaffen de bingo op vrijdagmiddag af wegens te weinig belangstelling.")).toEqual(["daily-life-policy"]);
  });

  it("does not take the zorgkantoor for an office", () => {
    expect(topicsOf("De bestuurder heeft met het zorgkantoor afgesproken dat er extra bedden komen.")).toEqual(["ending-or-expanding-care"]);
  });

  it("does not let a place named after another party's subject make the decision ours", () => {
    expect(topicsOf("De gemeente opent een nieuw buurthuis naast ons verpleeghuis.")).toEqual([]);
  });

  it("ignores what the provider says it did before", () => {
    expect(topicsOf("Wij hebben de klachtenregeling vorig jaar aangepast; de cliëntenraad heeft toen ingestemd.")).toEqual([]);
  });

  it("reads 'in verband met de fusie' as the setting", () => {
    expect(topicsOf("In verband met de fusie wordt de medezeggenschapsregeling aangepast.")).toEqual(["participation-regulation"]);
  });

  it("records the rule-set version", () => {
    expect(assessDecision("Begroting 2026").ruleSetVersion).toBe(RULE_SET_VERSION);
  });

  it("gives a whole finding with citation, evidence and confidence", () => {
    expect(assessDecision("Voorgenomen besluit tot sluiting van locatie De Wending").findings.map(({ citation, ...rest }) => ({ ...rest, citation: formatCitation(citation) })))
      .toMatchInlineSnapshot(`
      [
        {
          "citation": "art. 7 lid 1 sub d Wmcz 2018",
          "conditions": [],
          "confidence": 0.75,
          "evidence": [
            "sluiting",
            "locatie",
          ],
          "right": "advice",
          "topic": "ending-or-expanding-care",
        },
      ]
    `);
  });

  it("answers any text without crashing, with unique topics, quoted evidence and a confidence in (0, 1)", () => {
    const words = fc.constantFrom("fusie", "huisregels", "cliënten", "prijs", "begroting", "van", "de", "geen", "verbouwing", "medewerkers", ".", ";", "\n", "é", "sociaal", "plan");
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 40 }).map((w) => w.join(" ")));
    fc.assert(
      fc.property(text, fc.option(fc.boolean(), { nil: undefined }), (input, longTermStay) => {
        const result = assessDecision(input, longTermStay === undefined ? {} : { longTermStay });
        const ids = result.findings.map((f) => f.topic);
        expect(new Set(ids).size).toBe(ids.length);
        for (const finding of result.findings) {
          expect(finding.confidence).toBeGreaterThan(0);
          expect(finding.confidence).toBeLessThan(1);
          for (const quote of finding.evidence) expect(input).toContain(quote.split(" ")[0]);
        }
      }),
    );
  });

  it("gives the same answer every time", () => {
    const text = "Fusie met Zorggroep Noord en nieuwe huisregels";
    expect(assessDecision(text)).toEqual(assessDecision(text));
  });
});

describe("assessDecision reading word senses from their neighbours", () => {
  it("reads 'de gesloten afdeling' as a locked ward, not a closing", () => {
    expect(topicsOf("Vanaf 1 maart nemen wij op de gesloten afdeling alleen nog cliënten op met een Wlz-indicatie.")).toEqual([]);
  });

  it("still finds a ward that is closed", () => {
    expect(topicsOf("De afdeling Oost wordt per 1 juni gesloten.")).toEqual(["ending-or-expanding-care"]);
  });

  it("does not read a reason clause's contract as blocking the end of care", () => {
    expect(topicsOf("Wij stoppen met de ambulante jeugdhulp, omdat de gemeente het contract niet heeft verlengd.")).toEqual(["ending-or-expanding-care"]);
  });

  it("does not read a reorganisation as a merger or its new managers as appointments", () => {
    expect(topicsOf("Reorganisatie: de regioteams worden samengevoegd tot vier regio's met elk een eigen regiomanager.")).toEqual(["major-organisational-change"]);
  });

  it("does not read a support department moving as housing", () => {
    expect(topicsOf("Het bureau van de afdeling planning verhuist naar de tweede verdieping van het hoofdkantoor.")).toEqual([]);
  });

  it("reads 'beleid voor opname en ontslag' as admission policy, not staff dismissal", () => {
    expect(topicsOf("Aangepast beleid voor opname en ontslag van de kliniek.")).toEqual(["admission-and-ending-care"]);
  });
});

describe("assessDecision reading key terms with one typing error", () => {
  it("reads 'begrooting' as the budget", () => {
    expect(topicsOf("Advies gevraagd over de begrooting 2026")).toEqual(["budget-and-accounts"]);
  });

  it("does not read a different word two letters away as a key term", () => {
    expect(topicsOf("Innovatie in de zorg op locatie Oost")).toEqual([]);
  });
});

describe("assessDecision telling internal changes from transfers and mergers", () => {
  it("does not read teams of our own organisation merging as a merger", () => {
    expect(topicsOf("De teams van onze organisatie worden samengevoegd tot één team.")).toEqual(["major-organisational-change"]);
  });

  it("still reads two foundations merged as a merger", () => {
    expect(topicsOf("Stichting A en Stichting B worden samengevoegd.")).toEqual(["merger-or-cooperation"]);
  });

  it("does not read a support office moving to a location as housing", () => {
    expect(topicsOf("Het secretariaat verhuist naar locatie De Hoven.")).toEqual([]);
  });

  it("reads clients handed over when care stops as ending care, not a transfer of control", () => {
    expect(topicsOf("De thuiszorg stopt in Ede; de cliënten dragen wij over aan Buurtzorg.")).toEqual(["ending-or-expanding-care"]);
  });

  it("still reads handing the home care over to another provider as a transfer of control", () => {
    expect(topicsOf("Wij dragen de thuiszorg over aan Buurtzorg.")).toEqual(["transfer-of-control"]);
  });

  it("reads an organisation arranged in units responsible for results as a major change", () => {
    expect(topicsOf("De organisatie wordt anders ingericht in resultaatverantwoordelijke eenheden.")).toEqual(["major-organisational-change"]);
  });
});
