/**
 * Granular consent: when Google asks for the add-in's permissions, a person may tick some and not others. The
 * script still starts, and the first call needing a missing scope fails wherever it happens to be. Every action
 * asks first, and says what to do, in the person's own language (the spreadsheet may not be readable yet).
 */
import { menuLanguage } from './language';
import { UI_TEXT } from './ui-text';

/** The link that asks again for the permissions not granted, or null when every one is. */
function missingConsentUrl(): string | null {
  try {
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED
      ? info.getAuthorizationUrl()
      : null;
  } catch {
    // Where the question cannot be asked, the action runs as it would have without it.
    return null;
  }
}

export function requireConsent(): void {
  const url = missingConsentUrl();
  if (url !== null) throw new Error(UI_TEXT[menuLanguage(false)].consentMissing(url));
}
