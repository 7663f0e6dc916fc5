import { settingsLanguage } from './sheets/settings-sheet';
import type { SheetIndex } from './sheets/sheet-index';
import type { Language } from './types';
import type { SheetRole } from './sheets/workbook-schema';

/** English where the sheets of the contract carry English names and none a Vietnamese one; Settings may say otherwise. */
export function languageOf(index: SheetIndex): Language {
  const fromSettings = settingsLanguage(index.role('settings')?.sheet ?? null);
  if (fromSettings) return fromSettings;
  const roles: SheetRole[] = ['criteria', 'units', 'survey', 'settings'];
  const found = roles.map((role) => index.role(role)).filter((role) => role !== null);
  return found.length > 0 && found.every((role) => role.english) ? 'en' : 'vi';
}
