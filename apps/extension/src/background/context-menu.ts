import { todayInNetherlands } from "@raadswerk/domain/calendar";
import { saveLastCheck } from "../checks/store.js";
import { openSidePanel } from "../platform/index.js";
import { checkText } from "../view/check.js";

/** Id of the "Wmcz-check" context-menu item. */
export const CONTEXT_MENU_ID = "wmcz-check";

/** Longest selection checked: a decision fits easily; a whole page is cut. */
export const MAX_SELECTION_LENGTH = 20_000;

/** Adds "Wmcz-check" to the context menu of selected text. */
export function createContextMenu(): void {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({
      id: CONTEXT_MENU_ID,
      title: chrome.i18n.getMessage("contextMenuTitle") || "Wmcz-check",
      contexts: ["selection"],
    });
  });
}

/**
 * "Wmcz-check" was chosen: open the side panel (first, while the click still counts as the user's
 * gesture), check the selection with the domain and store the result for the side panel.
 *
 * @returns the stored check, or undefined when nothing was selected
 */
export async function handleContextMenuClick(
  info: Pick<chrome.contextMenus.OnClickData, "menuItemId" | "selectionText">,
  tab: chrome.tabs.Tab | undefined,
  now: Date = new Date(),
): Promise<ReturnType<typeof checkText> | undefined> {
  if (info.menuItemId !== CONTEXT_MENU_ID) return undefined;
  const opening = openSidePanel(tab);
  const text = (info.selectionText ?? "").trim().slice(0, MAX_SELECTION_LENGTH);
  if (text === "") {
    await opening;
    return undefined;
  }
  const check = checkText(text, todayInNetherlands(now));
  await saveLastCheck(check);
  await opening;
  return check;
}
