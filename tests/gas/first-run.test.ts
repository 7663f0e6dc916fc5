/**
 * The first run: the menu before the person has authorised the add-in (AuthMode.NONE: no spreadsheet, no
 * properties), and the status of a spreadsheet without criteria, which the sidebar answers with Set up.
 */
import { MENU_ITEMS } from '../../src/gas/menu';
import type { StatusDto } from '../../src/shared/api';
import { exampleWorkbook, loadBundle } from './bundle';

const captions = (bundle: ReturnType<typeof loadBundle>): string[] =>
  bundle.env.ui.menus.at(-1)?.items.map((item) => item.caption) ?? [];

describe('before authorisation (AuthMode.NONE)', () => {
  test.each([
    ['vi_VN', 'Mở thanh bên'],
    ['en_US', 'Open sidebar'],
  ])("onOpen and onInstall build the whole menu in the person's language (%s)", async (locale, first) => {
    const bundle = loadBundle(await exampleWorkbook(), locale);
    bundle.env.authMode = 'NONE';
    for (const trigger of ['onOpen', 'onInstall']) {
      bundle.call(trigger, { authMode: 'NONE' });
      expect(captions(bundle)).toHaveLength(MENU_ITEMS.filter((item) => item !== null).length);
      expect(captions(bundle)[0]).toBe(first);
    }
    expect(bundle.env.ui.menus).toHaveLength(2);
  });

  test('the fake refuses in NONE what onOpen must not touch', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] });
    bundle.env.authMode = 'NONE';
    expect(() => bundle.call('getStatus')).toThrow(/You do not have permission to call/);
  });
});

describe('the status of a spreadsheet without criteria', () => {
  test('asks for Set up; once set up, it does not', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Trang tính1', values: [['']] }] });
    expect(bundle.call<StatusDto>('getStatus').needsSetup).toBe(true);
    bundle.call('setupWorkbook', 'so-nganh');
    const status = bundle.call<StatusDto>('getStatus');
    expect(status.needsSetup).toBe(false);
    // Set up's three sample units.
    expect(status.units).toBe(3);
  });
});
