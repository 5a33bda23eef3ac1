import { describe, expect, it } from "vitest";
import { roleSections } from "./vacancy.js";

describe("roleSections", () => {
  it("turns the role summary into headed lists and leaves the title out", () => {
    expect(roleSections("Lid\n\nWat ga je doen?\n- Lezen.\n- Praten.\n\nHoeveel tijd kost het?\n- 3 uur per week.")).toEqual([
      { heading: "Wat ga je doen?", items: ["Lezen.", "Praten."] },
      { heading: "Hoeveel tijd kost het?", items: ["3 uur per week."] },
    ]);
  });
});
