/**
 * Granular consent: when Google asks for the add-in's permissions, a person may tick some and not others. The
 * script still starts, and the first call needing a missing scope fails wherever it happens to be. Every action
 * asks first, and says what to do, in the person's own language (the spreadsheet may not be readable yet).
 */
import { menuLanguage } from './language';
import { UI_TEXT } from './ui-text';

export function requireConsent(): void {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return;
  throw new Error(UI_TEXT[menuLanguage(false)].consentMissing(info.getAuthorizationUrl()));
}
