/** The add-on menu and the sidebar. onOpen must work in AuthMode.NONE, where only the menu may be built. */
import { menuLanguage } from './language';
import { UI_TEXT } from './ui-text';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const limited = e !== undefined && e.authMode === ScriptApp.AuthMode.NONE;
  const text = UI_TEXT[menuLanguage(!limited)];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(text.menuSidebar, 'showSidebar')
    .addSeparator()
    .addItem(text.menuValidate, 'validateWorkbook')
    .addItem(text.menuRecompute, 'recomputeRanking')
    .addSeparator()
    .addItem(text.menuMark, 'markDeductions')
    .addItem(text.menuClear, 'clearMarks')
    .addSeparator()
    .addItem(text.menuSetup, 'setupWorkbook')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const text = UI_TEXT[menuLanguage(true)];
  SpreadsheetApp.getUi().showSidebar(
    HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(text.sidebarTitle),
  );
}
