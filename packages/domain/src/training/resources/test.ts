import { describe, expect, it } from "vitest";
import { RESOURCE_IDS, resources } from "./index.js";

describe("resources", () => {
  it("holds one entry per resource id", () => {
    expect(resources.map((r) => r.id)).toEqual([...RESOURCE_IDS]);
  });

  it("marks only the welcome course as free for members, as seed 000 says", () => {
    expect(resources.filter((r) => r.freeForMembers === true).map((r) => r.id)).toEqual(["welcome-course"]);
  });

  it("keeps LOC's own names", () => {
    expect(resources.map((r) => r.title.nl)).toMatchInlineSnapshot(`
      [
        "Welkom in de cliëntenraad",
        "Online cursus Werven nieuwe leden",
        "10 tips voor starters",
        "10 vragen en antwoorden",
        "Basisinformatie medezeggenschap",
        "Leden van en werven voor de cliëntenraad",
        "Video-explainer Werven nieuwe leden",
        "Brochure en bewaarkaart InContactStaan",
      ]
    `);
  });
});
