// Service worker (Chromium) / background script (Firefox): wires browser events to small modules.
import { glossary } from "@raadswerk/domain/wmcz";
import { isGlossaryRequest } from "../content/protocol.js";
import { syncMarkingScript } from "../platform/index.js";
import { loadSettings, onSettingsChanged } from "../settings/store.js";
import { pageGlossary } from "../view/glossary.js";
import { CONTEXT_MENU_ID, createContextMenu, handleContextMenuClick } from "./context-menu.js";

declare const __RW_TEST_HOOKS__: boolean;

chrome.runtime.onInstalled.addListener(() => {
  createContextMenu();
  void loadSettings().then(syncMarkingScript);
});
chrome.runtime.onStartup.addListener(() => void loadSettings().then(syncMarkingScript));
chrome.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
chrome.permissions.onRemoved.addListener(() => void loadSettings().then(syncMarkingScript));
onSettingsChanged((settings) => void syncMarkingScript(settings));
// The marking script asks for the domain's glossary, ready to show; only this extension's own scripts may ask.
chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !isGlossaryRequest(message)) return false;
  sendResponse(pageGlossary(glossary, message.locale));
  return false;
});

if (__RW_TEST_HOOKS__) {
  // Test build only: native menus cannot be clicked from a test, so the e2e tests call the handler.
  (globalThis as Record<string, unknown>).raadswerkTest = { handleContextMenuClick, CONTEXT_MENU_ID, syncMarkingScript, loadSettings };
}
