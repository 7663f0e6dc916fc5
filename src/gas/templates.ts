/**
 * The criteria templates' sheets, read from the project's Templates.html (written by the build from
 * src/template/), not carried in Code.js: every custom-function call parses Code.js, and only Set up needs them.
 */
import type { Cell, Language } from '../core';
import { TEMPLATES_FILE, type TemplateKey } from '../template/keys';

type TemplateSheets = Record<TemplateKey, Record<Language, Cell[][]>>;

/** The whole criteria sheet of a template (title, note, header, rows) in one language. */
export function templateSheet(key: TemplateKey, language: Language): Cell[][] {
  const content = HtmlService.createHtmlOutputFromFile(TEMPLATES_FILE).getContent();
  return (JSON.parse(content) as TemplateSheets)[key][language];
}
