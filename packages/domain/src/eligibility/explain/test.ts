import { describe, expect, it } from "vitest";
import { checkEligibility } from "../check-eligibility/index.js";
import { commonPracticeRules } from "../common-practice/index.js";
import { policy, rulesWith, candidate, TODAY } from "../test/fixtures.js";
import { describeRules, explainAnswerIssue, explainReason, nextStepText } from "./index.js";

describe("explainReason", () => {
  it("explains an excluded volunteer in B1 Dutch", () => {
    const { reasons } = checkEligibility(candidate({ volunteer: true }), policy("volunteer", "excluded"), { today: TODAY });
    expect(reasons.map((r) => explainReason(r, "nl"))).toMatchInlineSnapshot(`
      [
        "Iedereen kan lid worden. Uw belangen mogen niet botsen met die van de cliënten.",
        "U bent vrijwilliger bij deze zorgorganisatie. Volgens de regels van deze zorgorganisatie kunt u dan geen lid worden.",
      ]
    `);
  });

  it("explains a full council in English", () => {
    const { reasons } = checkEligibility(candidate(), commonPracticeRules, { today: TODAY, council: { memberCount: 9 } });
    expect(explainReason(reasons.at(-1)!, "en")).toBe(
      "The client council is full. It has 9 members and may have 9. You can join when a seat becomes free.",
    );
  });

  it("tells the candidate a VOG will be asked and the provider pays", () => {
    const { reasons } = checkEligibility(candidate(), rulesWith({ certificateOfConductRequired: true }), { today: TODAY });
    const vog = reasons.find((r) => r.code === "certificate_of_conduct_required")!;
    expect(explainReason(vog, "nl")).toBe("We vragen u om een Verklaring Omtrent het Gedrag (VOG). De zorgorganisatie betaalt die.");
  });

  it("names the client relation that lets someone join", () => {
    const rules = rulesWith({ whoMayJoin: "clients_and_representatives" });
    const { reasons } = checkEligibility(candidate({ clientRelation: "mantelzorger" }), rules, { today: TODAY });
    expect(explainReason(reasons[0]!, "nl")).toBe("U bent mantelzorger van een cliënt. Dan kunt u lid worden.");
  });
});

describe("nextStepText", () => {
  it("invites an eligible candidate to an introductory talk", () => {
    expect(nextStepText("eligible", "nl")).toBe("U kunt lid worden. De cliëntenraad neemt contact met u op voor een kennismakingsgesprek.");
  });

  it("tells a refused candidate where to ask questions", () => {
    expect(nextStepText("not_eligible", "en")).toBe("You cannot join at the moment. Do you have questions? Please contact the client council.");
  });
});

describe("explainAnswerIssue", () => {
  it("shows an example date the Dutch way", () => {
    expect(explainAnswerIssue({ field: "careEndedOn", code: "invalid_date", params: {} }, "nl")).toBe("Vul een datum in, zoals 31-12-2025.");
  });

  it("names the maximum length", () => {
    expect(explainAnswerIssue({ field: "other", code: "too_long", params: { max: 500 } }, "en")).toBe(
      "Your answer is too long. Use at most 500 characters.",
    );
  });
});

describe("describeRules", () => {
  it("describes the common-practice rules in Dutch", () => {
    expect(describeRules(commonPracticeRules, "nl")).toMatchInlineSnapshot(`
      [
        "Iedereen kan lid worden. Maar de belangen van een lid mogen niet botsen met die van de cliënten.",
        "Deze mensen kunnen geen lid worden: medewerkers, leveranciers en aannemers, bestuurders, leden van de raad van toezicht en leden van de ondernemingsraad.",
        "Met deze mensen praten we eerst: vrijwilligers, bestuursleden van de familieraad of verwantenvereniging, leden van een cliëntenraad van een andere zorgorganisatie en familie van bestuurders en medewerkers.",
        "Wie bij de zorgorganisatie werkte, kan pas 3 jaar na het einde van dat werk lid worden.",
        "De cliëntenraad heeft 3 tot 9 leden.",
        "Een termijn duurt 4 jaar.",
        "Een lid kan 1 keer opnieuw benoemd worden.",
        "Nieuwe leden zijn eerst 3 maanden aspirant-lid.",
      ]
    `);
  });

  it("describes a clients-and-representatives regulation with a VOG and a change date in English", () => {
    const rules = rulesWith({
      whoMayJoin: "clients_and_representatives",
      representativeRelations: ["representative", "mentor"],
      certificateOfConductRequired: true,
      maxReappointments: 0,
      clientsOnlySince: "2025-03-01",
      exclusions: { volunteer: "excluded" },
    });
    expect(describeRules(rules, "en")).toMatchInlineSnapshot(`
      [
        "Clients can join, and so can clients' legal representatives and mentors.",
        "Former clients can join up to 2 years after their care ended.",
        "These people cannot join: employees, volunteers, suppliers and contractors, board members, members of the supervisory board and members of the works council.",
        "With these people we talk first: board members of the family council or relatives' association, members of another care organisation's client council and relatives of board members and employees.",
        "Someone who worked for the care organisation can join only 3 years after that work ended.",
        "New members give a certificate of conduct (VOG). The care organisation pays for it.",
        "The client council has 3 to 9 members.",
        "A term lasts 4 years.",
        "A member cannot be re-appointed.",
        "New members are first aspirant members for 3 months.",
        "Since 1 March 2025 new rules apply to who can join. Sitting members stay until the end of their term.",
      ]
    `);
  });
});
