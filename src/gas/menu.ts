/** The add-on menu and the sidebar. onOpen must work in AuthMode.NONE, where only the menu may be built. */
import { requireConsent } from './consent';
import { menuLanguage, workbookLanguage } from './language';
import type { GlobalName } from './registry';
import { UI_TEXT } from './ui-text';

type Caption =
  | 'menuSidebar'
  | 'menuValidate'
  | 'menuRecompute'
  | 'menuMark'
  | 'menuClear'
  | 'menuArchive'
  | 'menuNewYear'
  | 'menuRoles'
  | 'menuSetup';

/** The menu's items in order, each naming the global it runs; null is a separator. */
export const MENU_ITEMS: readonly ({ caption: Caption; run: GlobalName } | null)[] = [
  { caption: 'menuSidebar', run: 'showSidebar' },
  null,
  { caption: 'menuValidate', run: 'validateWorkbook' },
  { caption: 'menuRecompute', run: 'recomputeRanking' },
  null,
  { caption: 'menuMark', run: 'markDeductions' },
  { caption: 'menuClear', run: 'clearMarks' },
  null,
  { caption: 'menuArchive', run: 'saveToHistory' },
  { caption: 'menuNewYear', run: 'startNewYear' },
  null,
  { caption: 'menuRoles', run: 'applyRoles' },
  { caption: 'menuSetup', run: 'setupWorkbook' },
];

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const limited = e !== undefined && e.authMode === ScriptApp.AuthMode.NONE;
  const text = UI_TEXT[menuLanguage(!limited)];
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(text[item.caption], item.run);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** HtmlService ignores a <title> or <meta> in the file: the title and the viewport are set here. */
export function showSidebar(): void {
  requireConsent();
  const text = UI_TEXT[workbookLanguage(SpreadsheetApp.getActive())];
  SpreadsheetApp.getUi().showSidebar(
    HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle(text.sidebarTitle)
      .addMetaTag('viewport', 'width=device-width, initial-scale=1'),
  );
}
