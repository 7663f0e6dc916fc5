/**
 * The add-in's attack surface, as SECURITY.md states it: the Apps Script bundle runs no code built from
 * text, reaches no network and opens no other file; the manifest asks for the two scopes SECURITY.md
 * justifies and nothing else; the sidebar loads nothing from outside.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, requireBuilt, ROOT } from './helpers';

const ALLOWED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];

function read(path: string): string {
  requireBuilt(path);
  return readFileSync(path, 'utf8');
}

/** Each forbidden text with the lines around it, so a failure shows where it is. */
function occurrences(source: string, needle: string): string[] {
  const found: string[] = [];
  let at = source.indexOf(needle);
  while (at >= 0 && found.length < 5) {
    found.push(source.slice(Math.max(0, at - 60), at + needle.length + 60));
    at = source.indexOf(needle, at + 1);
  }
  return found;
}

describe('dist/Code.js', () => {
  const code = read(BUNDLE);

  it.each([
    ['eval(', 'runs text as code'],
    ['new Function', 'builds a function from text'],
    ['Function(', 'builds a function from text'],
    ['UrlFetchApp', 'reaches the network'],
    ['XMLHttpRequest', 'reaches the network'],
    ['fetch(', 'reaches the network'],
  ])('holds no "%s" (%s)', (needle) => {
    expect(occurrences(code, needle)).toEqual([]);
  });

  it.each([
    ['DriveApp', 'other files'],
    ['openById', 'other spreadsheets'],
    ['openByUrl', 'other spreadsheets'],
    ['SpreadsheetApp.create', 'new files'],
    ['MailApp', 'e-mail'],
    ['GmailApp', 'e-mail'],
    ['ScriptApp.newTrigger', 'triggers'],
  ])('uses no %s (%s)', (needle) => {
    expect(occurrences(code, needle)).toEqual([]);
  });

  it('is the ParIndex bundle with its top-level stubs', () => {
    expect(code).toMatch(/^(?:"use strict";\s*)?var ParIndex\s*=\s*\(\(\)\s*=>\s*\{/);
    expect(code).toMatch(/\nfunction recomputeRanking\(\) \{\n\s*return ParIndex\.recomputeRanking\(\);\n\}/);
  });
});

describe('appsscript.json', () => {
  for (const path of [join(ROOT, 'appsscript.json'), join(ROOT, 'dist', 'appsscript.json')]) {
    it(`${path.slice(ROOT.length + 1)} declares only the scopes SECURITY.md justifies`, () => {
      const manifest = JSON.parse(read(path)) as {
        oauthScopes?: string[];
        dependencies?: Record<string, unknown>;
        urlFetchWhitelist?: string[];
        webapp?: unknown;
        executionApi?: unknown;
      };
      expect(manifest.oauthScopes ?? []).not.toHaveLength(0);
      for (const scope of manifest.oauthScopes ?? []) expect(ALLOWED_SCOPES).toContain(scope);
      expect(manifest.urlFetchWhitelist).toBeUndefined();
      expect(manifest.webapp).toBeUndefined();
      expect(manifest.executionApi).toBeUndefined();
      expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
      expect(manifest.dependencies?.libraries ?? []).toEqual([]);
    });
  }

  it('SECURITY.md names and justifies each allowed scope', () => {
    const security = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');
    for (const scope of ALLOWED_SCOPES) expect(security).toContain(scope);
  });
});

describe('dist/Sidebar.html', () => {
  const html = read(join(ROOT, 'dist', 'Sidebar.html'));

  it.each(['eval(', 'new Function', 'XMLHttpRequest', 'fetch(', 'WebSocket'])('holds no "%s"', (needle) => {
    expect(occurrences(html, needle)).toEqual([]);
  });

  it('loads no script, style or frame from elsewhere', () => {
    expect(html).not.toMatch(/<(script|img|iframe)[^>]*\ssrc\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]*\shref\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
  });
});
