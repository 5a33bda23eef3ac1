// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { defaultSettings } from "../settings/index.js";
import { renderOptions } from "./view.js";

const actions = () => ({ setLanguage: vi.fn(), setMarking: vi.fn(), addSite: vi.fn(), removeSite: vi.fn() });

describe("renderOptions", () => {
  it("says there are no sites yet", () => {
    document.body.replaceChildren(...renderOptions(defaultSettings, "nl", "", actions()));
    expect(document.querySelector(".rw-empty")?.textContent).toBe("Nog geen sites. Voeg een site toe.");
  });

  it("lists each allowed site with a remove button that names it", () => {
    const a = actions();
    document.body.replaceChildren(...renderOptions({ ...defaultSettings, sites: ["https://intranet.zorg.nl/*"] }, "en", "", a));
    const remove = document.querySelector<HTMLButtonElement>(".rw-site button")!;
    expect(remove.getAttribute("aria-label")).toBe("Remove: https://intranet.zorg.nl");
    remove.click();
    expect(a.removeSite).toHaveBeenCalledWith("https://intranet.zorg.nl/*");
  });

  it("hands the typed address to the add action", () => {
    const a = actions();
    document.body.replaceChildren(...renderOptions(defaultSettings, "nl", "", a));
    document.querySelector<HTMLInputElement>("#site")!.value = "intranet.zorg.nl";
    document.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true, bubbles: true }));
    expect(a.addSite).toHaveBeenCalledWith("intranet.zorg.nl");
  });

  it("reports a language change", () => {
    const a = actions();
    document.body.replaceChildren(...renderOptions(defaultSettings, "nl", "", a));
    const select = document.querySelector<HTMLSelectElement>("#language")!;
    select.value = "en";
    select.dispatchEvent(new Event("change"));
    expect(a.setLanguage).toHaveBeenCalledWith("en");
  });

  it("shows the status in a live region", () => {
    document.body.replaceChildren(...renderOptions(defaultSettings, "nl", "Opgeslagen.", actions()));
    expect(document.querySelector("[role=status]")?.textContent).toBe("Opgeslagen.");
  });
});
