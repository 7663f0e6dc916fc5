/**
 * Granular consent: a person who ticked one of the add-in's two scopes. Every action asks
 * ScriptApp.getAuthorizationInfo first and explains what to do, in the person's language, before touching anything.
 */
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/xlsx';
import type { Workbook } from '../../src/core/types';
import { REGISTRY } from '../../src/gas/registry';
import { SPREADSHEET_SCOPE, UI_SCOPE } from '../fakes/apps-script';
import { loadBundle, ROOT } from './bundle';

const CAP_XA = join(ROOT, 'examples', 'cchc-cap-xa-2025.xlsx');

let capXa: Workbook;
beforeAll(async () => {
  capXa = (await readXlsx(CAP_XA)).workbook;
});

/** Every global the menu or the sidebar runs; getProgress reads only the cache, which needs no scope. */
const ACTIONS = Object.entries(REGISTRY)
  .filter(([name, entry]) => (entry.kind === 'menu' || entry.kind === 'rpc') && name !== 'getProgress')
  .map(([name]) => name);

describe('granular consent (a person who ticked one scope of two)', () => {
  test('covers every action', () => {
    expect(ACTIONS).toEqual(expect.arrayContaining(['showSidebar', 'recomputeRanking', 'getStatus']));
  });

  test.each(ACTIONS.flatMap((name) => [SPREADSHEET_SCOPE, UI_SCOPE].map((scope) => [name, scope])))(
    '%s without %s says what to do, before writing anything',
    (name, scope) => {
      const bundle = loadBundle(capXa);
      const before = bundle.env.snapshot();
      bundle.env.missingScopes = [scope];
      bundle.env.resetCalls();
      expect(() => bundle.call(name)).toThrow(
        /chưa được cấp đủ quyền[^]*https:\/\/script\.google\.com\/macros\/d\/fake-script-id\/authorize/,
      );
      expect(bundle.env.timeline).toEqual([]);
      expect(bundle.env.snapshot()).toEqual(before);
    },
  );

  test('an action runs as before where ScriptApp cannot tell (no getAuthorizationInfo)', () => {
    const bundle = loadBundle(capXa);
    const context = bundle.context as Record<string, unknown>;
    const { AuthMode } = context.ScriptApp as { AuthMode: unknown };
    context.ScriptApp = { AuthMode };
    expect(bundle.call<{ units: number }>('getStatus').units).toBe(10);
  });

  test('in English where the person reads English', () => {
    const bundle = loadBundle(capXa, 'en_US');
    bundle.env.missingScopes = [UI_SCOPE];
    expect(() => bundle.call('markDeductions')).toThrow(/has not been given every permission/);
  });
});
