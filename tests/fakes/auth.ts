// Authorization: the mode an execution runs in (ScriptApp.AuthMode) and the scopes a person granted.
// An add-on's onOpen runs in AuthMode.NONE before the person authorises it: it may build its menu and nothing
// more (no spreadsheet, no PropertiesService). With granular consent a person may tick some of the scopes the
// manifest asks for and not others: the script still starts, and each call needing a missing scope fails.

import type { FakeContext } from './context';
import { AuthMode } from './enums';

export const SPREADSHEET_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
export const UI_SCOPE = 'https://www.googleapis.com/auth/script.container.ui';

export const AuthorizationStatus = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' });

/** What AuthMode.NONE allows: the menu (Ui and Menu), the user's locale, logging. */
const NONE_ALLOWED =
  /^(Ui\.create(Addon)?Menu|Menu\.\w+|SpreadsheetApp\.getUi|Session\.getActiveUserLocale|Logger\.\w+)$/;

const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'EmbeddedChart',
]);

/** The OAuth scope a call needs, or null (Properties, Cache, Lock, Session, HtmlService need none). */
function scopeOf(name: string, className: string): string | null {
  if (className === 'Ui' || className === 'Menu' || name === 'SpreadsheetApp.getUi') return UI_SCOPE;
  return SPREADSHEET_CLASSES.has(className) ? SPREADSHEET_SCOPE : null;
}

/** Apps Script's error for a call the execution may not make, or null. */
export function authRefusal(ctx: FakeContext, className: string, method: string): string | null {
  const name = `${className}.${method}`;
  const scope = scopeOf(name, className);
  const required = scope ? ` Required permissions: ${scope}` : '';
  if (ctx.authMode === AuthMode.NONE && !NONE_ALLOWED.test(name))
    return `You do not have permission to call ${name}.${required}`;
  if (scope && ctx.missingScopes.includes(scope))
    return `Specified permissions are not sufficient to call ${name}.${required}`;
  return null;
}

export interface FakeAuthorizationInfo {
  getAuthorizationStatus(): string;
  getAuthorizationUrl(): string | null;
}

/** ScriptApp.getAuthorizationInfo: REQUIRED, with the URL that asks again, while a scope is missing (FULL only). */
export function authorizationInfo(ctx: FakeContext, authMode: unknown): FakeAuthorizationInfo {
  if (typeof authMode !== 'string' || !Object.hasOwn(AuthMode, authMode))
    throw ctx.badArgs('ScriptApp.getAuthorizationInfo', [authMode]);
  const required = authMode === AuthMode.FULL && ctx.missingScopes.length > 0;
  return {
    getAuthorizationStatus: () =>
      required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
    getAuthorizationUrl: () =>
      required ? 'https://script.google.com/macros/d/fake-script-id/authorize' : null,
  };
}
