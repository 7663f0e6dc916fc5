import vm from 'node:vm';
import { createFakeEnvironment, SPREADSHEET_SCOPE, UI_SCOPE, type FakeEnvironment } from './apps-script';

const T0 = Date.UTC(2025, 0, 15, 3, 0, 0);

function env(locale?: string): FakeEnvironment {
  return createFakeEnvironment({
    sheets: [
      {
        name: 'Tiêu chí',
        values: [
          ['Mã', 'Tiêu chí', 'Điểm tối đa'],
          ['1', 'Chỉ đạo', null],
          ['1.1', 'Kế hoạch', 2],
        ],
      },
      { name: 'Huyện A', values: [] },
    ],
    locale,
    clock: () => T0,
    htmlFiles: { Sidebar: '<p>sidebar</p>' },
  });
}

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  return 'did not throw';
};

describe('Range.setValues', () => {
  it('rejects data whose size does not match the range, writing nothing', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetByName('Huyện A');
    if (!sheet) throw new Error('missing sheet');
    const before = e.snapshot();
    expect(message(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]]))).toBe(
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(message(() => sheet.getRange(1, 1, 1, 3).setValues([[1, 2]]))).toBe(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(message(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]]))).toMatch(
      /The data has 1 but the range has 2/,
    );
    expect(message(() => sheet.getRange(1, 1, 1, 3).setValues([1, 2, 3]))).toBe(
      "Exception: The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(message(() => sheet.getRange(1, 1, 1, 2).setValues([[1, { a: 1 }]]))).toMatch(
      /don't match the method signature/,
    );
    expect(e.snapshot()).toEqual(before);
  });

  it('turns "=" strings into formulas and keeps apostrophe-prefixed text as text', () => {
    const e = env();
    const r = e.spreadsheet.getRange("'Huyện A'!A1:C1");
    r.setValues([['=IMPORTXML("x")', "'=1+1", "'12"]]);
    expect(r.getFormulas()).toEqual([['=IMPORTXML("x")', '', '']]);
    expect(r.getValues()).toEqual([['#NAME?', '=1+1', '12']]);
    expect(e.cell('Huyện A', 'A1').formula).toBe('=IMPORTXML("x")');
  });

  it('parses typed-looking strings as Sheets does for the vi_VN locale', () => {
    const e = env();
    const r = e.spreadsheet.getRange("'Huyện A'!A1:H1");
    r.setValues([['12', '1,5', '1.5', '95%', 'TRUE', '+A1', '-5', '- ghi chú']]);
    expect(r.getValues()).toEqual([[12, 1.5, '1.5', 0.95, true, '#NAME?', -5, '#NAME?']]);
    expect(r.getFormulas()[0]?.[5]).toBe('=+A1');
    expect(r.getFormulas()[0]?.[7]).toBe('=- ghi chú');
    const d = e.spreadsheet.getRange("'Huyện A'!A2");
    d.setValue('3/5');
    const date = d.getValue();
    expect(date).toBeInstanceOf(Date);
    expect(d.getDisplayValue()).toBe('03/05/2025');
  });

  it('uses the en_US number format when the locale says so', () => {
    const e = env('en_US');
    const r = e.spreadsheet.getRange("'Huyện A'!A1:C1");
    r.setValues([['1.5', '1,000', '1.1.2']]);
    expect(r.getValues()).toEqual([[1.5, 1000, '1.1.2']]);
  });

  it('keeps strings as text in a plain-text (@) cell', () => {
    const e = env();
    const r = e.spreadsheet.getRange("'Huyện A'!A1:B1");
    r.setNumberFormat('@');
    r.setValues([['1.1', '=SUM(1)']]);
    expect(r.getValues()).toEqual([['1.1', '=SUM(1)']]);
    expect(r.getFormulas()).toEqual([['', '']]);
  });

  it('returns copies from getValues', () => {
    const e = env();
    const r = e.spreadsheet.getRange("'Tiêu chí'!A1:C3");
    const values = r.getValues();
    (values[0] as unknown[])[0] = 'changed';
    expect(r.getValues()[0]?.[0]).toBe('Mã');
    expect(r.getValues()[1]?.[2]).toBe('');
  });
});

describe('Spreadsheet and Sheet', () => {
  it('returns null for a missing sheet and matches names exactly', () => {
    const e = env();
    expect(e.spreadsheet.getSheetByName('Không có')).toBeNull();
    expect(e.spreadsheet.getSheetByName('huyện a')).toBeNull();
    expect(e.spreadsheet.getSheetByName('Huyện A')?.getIndex()).toBe(2);
  });

  it('refuses a taken sheet name in insertSheet and setName, ignoring case', () => {
    const e = env();
    expect(message(() => e.spreadsheet.insertSheet('Huyện A'))).toBe(
      'Exception: A sheet with the name "Huyện A" already exists. Please enter another name.',
    );
    expect(message(() => e.spreadsheet.insertSheet('HUYỆN A'))).toMatch(/already exists/);
    const s = e.spreadsheet.insertSheet('Xếp hạng', 0);
    expect(e.spreadsheet.getSheets().map((x) => x.getName())).toEqual(['Xếp hạng', 'Tiêu chí', 'Huyện A']);
    expect(e.spreadsheet.getActiveSheet().getName()).toBe('Xếp hạng');
    expect(message(() => s.setName('Tiêu chí'))).toMatch(/already exists/);
    expect(s.getSheetId()).not.toBe(e.spreadsheet.getSheets()[1]?.getSheetId());
    e.spreadsheet.deleteSheet(s);
    expect(e.spreadsheet.getSheetByName('Xếp hạng')).toBeNull();
  });

  it('checks getRange bounds with the real messages', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetByName('Huyện A');
    if (!sheet) throw new Error('missing sheet');
    expect(message(() => sheet.getRange(0, 1))).toBe(
      'Exception: The starting row of the range is too small.',
    );
    expect(message(() => sheet.getRange(1, 1, 0, 1))).toBe(
      'Exception: The number of rows in the range must be at least 1.',
    );
    expect(message(() => sheet.getRange(1, 1, 1, 0))).toBe(
      'Exception: The number of columns in the range must be at least 1.',
    );
    expect(message(() => sheet.getRange(1000, 1, 2, 1))).toBe(
      'Exception: The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(message(() => sheet.getRange(1, 27))).toMatch(/outside the dimensions/);
    expect(message(() => e.spreadsheet.getRange('Không có!A1'))).toBe('Exception: Range not found');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getRange(1001, 1, 5, 1).getNumRows()).toBe(5);
    expect(sheet.getRange('B:C').getA1Notation()).toBe('B:C');
    expect(sheet.getRange('B:C').getNumRows()).toBe(1005);
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C');
  });

  it('tracks the data range as values are written and cleared', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetByName('Huyện A');
    if (!sheet) throw new Error('missing sheet');
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue(7);
    sheet.getRange('B2').setNote('only a note');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    sheet.appendRow(['x', '', 'y']);
    expect(sheet.getLastRow()).toBe(6);
    sheet.getRange('A6:C6').clearContent();
    sheet.getRange('C5').clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(e.snapshot()['Huyện A']).toEqual([['']]);
    expect(sheet.getRange('B2').getNote()).toBe('only a note');
  });

  it('records selection, toasts, protections and charts', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetByName('Tiêu chí');
    if (!sheet) throw new Error('missing sheet');
    sheet.getRange('B3').activate();
    expect(e.selected).toEqual({ sheet: 'Tiêu chí', a1: 'B3' });
    e.spreadsheet.toast('Xong', 'PAR');
    expect(e.ui.toasts).toEqual([{ message: 'Xong', title: 'PAR' }]);
    const p = sheet.protect().setDescription('generated').setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe('generated');
    expect(p.isWarningOnly()).toBe(true);
    expect(sheet.getProtections('SHEET')).toHaveLength(1);
    p.remove();
    expect(sheet.getProtections('SHEET')).toHaveLength(0);
    const chart = sheet
      .newChart()
      .setChartType('BAR')
      .addRange(sheet.getRange('A1:C3'))
      .setOption('title', 'T')
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored?.getRanges()[0]?.getA1Notation()).toBe('A1:C3');
    expect(stored?.getOptions().get('title')).toBe('T');
  });

  it('stores rich text links and list validations', () => {
    const e = env();
    const { SpreadsheetApp } = e.services;
    const cell = e.spreadsheet.getRange("'Huyện A'!A1");
    const link = SpreadsheetApp.newRichTextValue().setText('Huyện A').setLinkUrl('#gid=1').build();
    cell.setRichTextValue(link);
    expect(cell.getRichTextValue()?.getLinkUrl()).toBe('#gid=1');
    expect(cell.getValue()).toBe('Huyện A');
    cell.setValue('khác');
    expect(cell.getRichTextValue()?.getLinkUrl()).toBeNull();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Có', 'Không'])
      .setAllowInvalid(false)
      .build();
    cell.setDataValidation(rule);
    expect(cell.getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(cell.getDataValidation()?.getCriteriaValues()).toEqual([['Có', 'Không'], true]);
    const big = SpreadsheetApp.newDataValidation()
      .requireValueInList(Array.from({ length: 501 }, (_, i) => String(i)))
      .build();
    expect(message(() => cell.setDataValidation(big))).toMatch(/more items than the limit of 500/);
  });
});

describe('rows, display values and stale objects', () => {
  it('shifts cells when rows and columns are inserted or deleted', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetByName('Tiêu chí');
    if (!sheet) throw new Error('missing sheet');
    sheet.insertRowsBefore(1, 1);
    sheet.deleteColumns(2, 1);
    expect(e.snapshot()['Tiêu chí']).toEqual([
      ['', ''],
      ['Mã', 'Điểm tối đa'],
      ['1', ''],
      ['1.1', 2],
    ]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getMaxColumns()).toBe(25);
    expect(sheet.getRange('A2').offset(1, 1, 2).getA1Notation()).toBe('B3:B4');
    expect(message(() => sheet.deleteRows(1, 1001))).toBe(
      "Exception: You can't delete all the rows on the sheet.",
    );
  });

  it('formats display values with the number format and the locale', () => {
    const e = env();
    const r = e.spreadsheet.getRange("'Huyện A'!A1:D1");
    r.setValues([[0.8602, 1234567.5, true, 85.3456]]);
    e.spreadsheet.getRange("'Huyện A'!A1").setNumberFormat('0.00%');
    e.spreadsheet.getRange("'Huyện A'!B1").setNumberFormat('#,##0.00');
    e.spreadsheet.getRange("'Huyện A'!D1").setNumberFormat('0.00');
    expect(r.getDisplayValues()).toEqual([['86,02%', '1.234.567,50', 'TRUE', '85,35']]);
  });

  it('throws when a sheet object is used after the sheet was deleted', () => {
    const e = env();
    const sheet = e.spreadsheet.insertSheet('Tạm');
    const range = sheet.getRange('A1');
    e.spreadsheet.deleteSheet(sheet);
    expect(message(() => range.setValue(1))).toMatch(/has been deleted/);
    expect(message(() => sheet.getName())).toMatch(/has been deleted/);
  });

  it('clears only what clear(options) names', () => {
    const e = env();
    const r = e.spreadsheet.getRange("'Huyện A'!A1");
    r.setValue('x').setBackground('red').setNote('n');
    r.clear({ formatOnly: true });
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(['x', '#ffffff', 'n']);
    r.setBackground('red').clear();
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(['', '#ffffff', 'n']);
  });
});

describe('LockService', () => {
  it('fails to lock while another execution holds the document lock', () => {
    const e = env();
    const { LockService } = e.services;
    e.holdDocumentLock();
    const lock = LockService.getDocumentLock();
    const t = e.now();
    expect(lock.tryLock(5000)).toBe(false);
    expect(e.now() - t).toBeGreaterThanOrEqual(5000);
    expect(message(() => lock.waitLock(1000))).toBe(
      'Exception: Lock timeout: another process was holding the lock for too long.',
    );
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    e.releaseDocumentLock();
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.hasLock()).toBe(true);
  });

  it('releases locks left held at the end of an execution', () => {
    const e = env();
    const lock = e.runExecution(() => {
      const l = e.services.LockService.getDocumentLock();
      l.waitLock(1000);
      return l;
    });
    expect(lock.hasLock()).toBe(false);
    expect(() => e.holdDocumentLock()).not.toThrow();
  });

  it('records writes, flush and releaseLock in the order made', () => {
    const e = env();
    const { LockService, SpreadsheetApp } = e.services;
    const lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    const sheet = SpreadsheetApp.getActive().getSheetByName('Huyện A');
    sheet?.getRange('A1').setValue('x');
    sheet?.getRange('A1').getValue();
    SpreadsheetApp.flush();
    e.services.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    lock.releaseLock();
    expect(e.timeline).toEqual([
      'Range.setValue',
      'SpreadsheetApp.flush',
      'Properties.setProperty',
      'Lock.releaseLock',
    ]);
    e.resetCalls();
    expect(e.timeline).toEqual([]);
  });
});

describe('authorization', () => {
  type ScriptAppFake = {
    AuthMode: Record<string, string>;
    getAuthorizationInfo(mode: unknown): {
      getAuthorizationStatus(): string;
      getAuthorizationUrl(): string | null;
    };
  };
  const scriptApp = (e: FakeEnvironment): ScriptAppFake => e.globals.ScriptApp as ScriptAppFake;

  it('in AuthMode.NONE allows building the menu and reading the user locale, and refuses the rest', () => {
    const e = env();
    e.authMode = 'NONE';
    const { SpreadsheetApp, PropertiesService, Session } = e.services;
    const menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'showSidebar').addSeparator();
    menu.addToUi();
    expect(e.ui.menus).toHaveLength(1);
    expect(Session.getActiveUserLocale()).toBe('vi');
    expect(message(() => SpreadsheetApp.getActive())).toBe(
      `Exception: You do not have permission to call SpreadsheetApp.getActive. Required permissions: ${SPREADSHEET_SCOPE}`,
    );
    expect(message(() => PropertiesService.getDocumentProperties())).toBe(
      'Exception: You do not have permission to call PropertiesService.getDocumentProperties.',
    );
    e.authMode = 'FULL';
    expect(SpreadsheetApp.getActive().getName()).toBe('Fake spreadsheet');
  });

  it('refuses the calls of a scope the person did not grant, and getAuthorizationInfo tells it', () => {
    const e = env();
    const ScriptApp = scriptApp(e);
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    expect([info.getAuthorizationStatus(), info.getAuthorizationUrl()]).toEqual(['NOT_REQUIRED', null]);
    e.missingScopes = [UI_SCOPE];
    const missing = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    expect(missing.getAuthorizationStatus()).toBe('REQUIRED');
    expect(missing.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.LIMITED).getAuthorizationStatus()).toBe(
      'NOT_REQUIRED',
    );
    expect(message(() => e.services.SpreadsheetApp.getUi())).toBe(
      `Exception: Specified permissions are not sufficient to call SpreadsheetApp.getUi. Required permissions: ${UI_SCOPE}`,
    );
    expect(e.services.SpreadsheetApp.getActive().getSheets()).toHaveLength(2);
    expect(message(() => ScriptApp.getAuthorizationInfo('ALL'))).toMatch(/don't match the method signature/);
  });
});

describe('CacheService and PropertiesService', () => {
  it('refuses a value over 100 KB and expires entries on the clock', () => {
    let now = T0;
    const e = createFakeEnvironment({ sheets: [], clock: () => now });
    const cache = e.services.CacheService.getDocumentCache();
    expect(message(() => cache.put('k', 'x'.repeat(100 * 1024 + 1)))).toBe(
      'Exception: Argument too large: value',
    );
    expect(message(() => cache.put('k'.repeat(251), 'v'))).toBe('Exception: Argument too large: key');
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    expect(cache.getAll(['k', 'missing'])).toEqual({ k: 'v' });
    now += 61_000;
    expect(cache.get('k')).toBeNull();
    e.services.Utilities.sleep(10);
    expect(e.now()).toBe(now + 10);
  });

  it('keeps properties as strings', () => {
    const e = env();
    const props = e.services.PropertiesService.getDocumentProperties();
    props.setProperty('n', 3 as unknown as string);
    expect(props.getProperty('n')).toBe('3');
    expect(props.getProperty('none')).toBeNull();
    expect(e.services.PropertiesService.getScriptProperties().getProperty('n')).toBeNull();
  });
});

describe('call counting and failure injection', () => {
  it('counts every service call by class and method', () => {
    const e = env();
    const { SpreadsheetApp } = e.services;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Tiêu chí');
    sheet?.getRange(1, 1, 3, 3).getValues();
    sheet?.getRange('A1').setValue('x').setBackground('#FFF');
    expect(e.calls.byMethod).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 2,
      'Range.getValues': 1,
      'Range.setValue': 1,
      'Range.setBackground': 1,
    });
    expect(e.calls.total).toBe(7);
    e.uncounted(() => ss.getSheets());
    e.resetCalls();
    expect(e.calls).toEqual({ total: 0, byMethod: {} });
    expect(e.cell('Tiêu chí', 'A1').background).toBe('#ffffff');
  });

  it('fails an injected write before changing anything', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetByName('Tiêu chí');
    if (!sheet) throw new Error('missing sheet');
    const before = e.snapshot();
    const seen: [string, number][] = [];
    e.failOn = (method, index) => {
      seen.push([method, index]);
      return method === 'Range.setValues' && index === 1;
    };
    sheet.getRange('D1').setValues([['ok']]);
    expect(message(() => sheet.getRange('A1:B1').setValues([['x', 'y']]))).toBe(
      'Exception: Service error: injected failure',
    );
    expect(e.snapshot()['Tiêu chí']?.[0]).toEqual(['Mã', 'Tiêu chí', 'Điểm tối đa', 'ok']);
    expect(e.snapshot()['Huyện A']).toEqual(before['Huyện A']);
    expect(seen).toEqual([
      ['Range.setValues', 0],
      ['Range.setValues', 1],
    ]);
    e.failOn = (method) => method === 'Spreadsheet.insertSheet';
    expect(message(() => e.spreadsheet.insertSheet('Mới'))).toMatch(/injected failure/);
    expect(e.spreadsheet.getNumSheets()).toBe(2);
  });
});

describe('ui and html', () => {
  it('records menus, sidebars and alerts', () => {
    const e = env();
    const { SpreadsheetApp, HtmlService } = e.services;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Tính lại', 'recomputeRanking')
      .addSeparator()
      .addSubMenu(ui.createMenu('Khác').addItem('Mở', 'showSidebar'))
      .addToUi();
    expect(e.ui.menus).toEqual([
      {
        title: 'PAR Index',
        items: [
          { caption: 'Tính lại', functionName: 'recomputeRanking' },
          { caption: 'Khác > Mở', functionName: 'showSidebar' },
        ],
      },
    ]);
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('PAR'));
    expect(e.ui.sidebars).toEqual([{ title: 'PAR', html: '<p>sidebar</p>', metaTags: [] }]);
    expect(message(() => HtmlService.createHtmlOutputFromFile('Missing'))).toBe(
      'Exception: No HTML file named Missing was found.',
    );
    expect(ui.alert('Xong')).toBe('OK');
    expect(ui.alert('Xác nhận', 'Ghi đè?', ui.ButtonSet.YES_NO)).toBe('YES');
    expect(e.ui.alerts).toEqual(['Xong', 'Xác nhận\nGhi đè?']);
    e.uiAvailable = false;
    expect(message(() => SpreadsheetApp.getUi())).toMatch(/from this context/);
  });

  it('formats dates in a time zone', () => {
    const e = env();
    expect(e.services.Utilities.formatDate(new Date(T0), 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd HH:mm')).toBe(
      '2025-01-15 10:00',
    );
    expect(e.services.Session.getActiveUserLocale()).toBe('vi');
    expect(e.services.Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });
});

describe('in a vm context', () => {
  it('hands out values and errors of the script realm', () => {
    const e = env();
    e.htmlFiles.Page = '<b>x</b>';
    const context = e.createVmContext();
    const result: unknown = vm.runInContext(
      `(function () {
        var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Huyện A');
        sheet.getRange('A1').setValue(new Date(0));
        var values = sheet.getDataRange().getValues();
        var err;
        try { sheet.getRange(0, 1); } catch (x) { err = x; }
        console.log('rows: %d', values.length);
        return {
          arrays: values instanceof Array && values[0] instanceof Array,
          date: values[0][0] instanceof Date,
          error: err instanceof Error && err.name === 'Exception',
          html: HtmlService.createHtmlOutputFromFile('Page').getContent(),
        };
      })()`,
      context,
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      arrays: true,
      date: true,
      error: true,
      html: '<b>x</b>',
    });
    expect(e.logs).toEqual([{ level: 'log', message: 'rows: 1' }]);
  });
});

describe('behaviour the add-in depends on, from the Apps Script and Sheets documentation', () => {
  it('lists a chart moved to its own sheet as an OBJECT sheet, on which every range call fails', () => {
    const e = env();
    const { SpreadsheetApp } = e.services;
    const sheet = e.spreadsheet.getSheetByName('Huyện A')!;
    const chart = sheet.newChart().addRange(sheet.getRange('A1:B2')).setPosition(1, 1, 0, 0).build();
    sheet.insertChart(chart);
    expect(e.moveChartToOwnSheet('Huyện A', 'Biểu đồ 1')).toBe('Biểu đồ 1');
    expect(sheet.getCharts()).toHaveLength(0);
    const sheets = e.spreadsheet.getSheets();
    expect(sheets.map((s) => [s.getName(), s.getType()])).toEqual([
      ['Tiêu chí', SpreadsheetApp.SheetType.GRID],
      ['Huyện A', 'GRID'],
      ['Biểu đồ 1', SpreadsheetApp.SheetType.OBJECT],
    ]);
    const objectSheet = sheets[2]!;
    expect(objectSheet.getCharts()).toHaveLength(1);
    expect(e.spreadsheet.getActiveSheet().getName()).toBe('Biểu đồ 1');
    const refused = 'Exception: The action is not supported for OBJECT sheet.';
    expect(message(() => objectSheet.getDataRange())).toBe(refused);
    expect(message(() => objectSheet.getSheetValues(1, 1, -1, -1))).toBe(refused);
    expect(message(() => objectSheet.getRange(1, 1))).toBe(refused);
    expect(message(() => objectSheet.getLastRow())).toBe(refused);
    expect(message(() => objectSheet.clear())).toBe(refused);
    expect(message(() => e.spreadsheet.getRange("'Biểu đồ 1'!A1"))).toBe(refused);
    expect(message(() => e.spreadsheet.getDataRange())).toBe(refused);
  });

  it('parses formulas in the spreadsheet locale: a comma separator is #ERROR! where the decimal mark is a comma', () => {
    for (const [locale, comma] of [
      ['vi_VN', '#ERROR!'],
      ['en_US', '#NAME?'],
    ] as const) {
      const e = env(locale);
      const cell = e.spreadsheet.getSheetByName('Huyện A')!.getRange('A1');
      cell.setFormula('=SUM(B1:B2, C1)');
      expect(cell.getValue()).toBe(comma);
      cell.setFormula('=SUM(B1:B2; C1; "a,b"; \'x, y\'!A1)');
      expect(cell.getValue()).toBe('#NAME?');
    }
  });

  it('keeps "no fill" apart from white, though getBackgrounds reports both as #ffffff', () => {
    const e = env();
    const range = e.spreadsheet.getSheetByName('Huyện A')!.getRange('A1:B1');
    range.setBackgrounds([['#ffffff', null as unknown as string]]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect([e.cell('Huyện A', 'A1').background, e.cell('Huyện A', 'B1').background]).toEqual([
      '#ffffff',
      null,
    ]);
    range.setBackground(null as unknown as string);
    expect(e.cell('Huyện A', 'A1').background).toBeNull();
  });

  it('limits a property value to 9 KB ("Argument too large")', () => {
    const props = env().services.PropertiesService.getDocumentProperties();
    expect(message(() => props.setProperty('k', 'x'.repeat(9 * 1024 + 1)))).toBe(
      'Exception: Argument too large: value',
    );
  });

  it('throws when a chart is anchored outside the sheet', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetByName('Huyện A')!;
    const chart = (column: number) =>
      sheet.newChart().addRange(sheet.getRange('A1:B2')).setPosition(1, column, 0, 0).build();
    expect(message(() => sheet.insertChart(chart(27)))).toBe(
      'Exception: The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertChart(chart(26));
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it('insertSheet activates the new sheet', () => {
    const e = env();
    e.spreadsheet.insertSheet('Mới');
    expect(e.spreadsheet.getActiveSheet().getName()).toBe('Mới');
  });

  it('lets a lock held elsewhere go after a while; the wait passes on the clock Date.now reads in the vm', () => {
    const e = env();
    const context = e.createVmContext();
    e.holdDocumentLock(20_000);
    const waited = vm.runInContext(
      'const t = Date.now(); const ok = LockService.getDocumentLock().tryLock(30000); [ok, Date.now() - t]',
      context,
    ) as [boolean, number];
    expect(waited).toEqual([true, 20_000]);
    e.endExecution();
    e.holdDocumentLock(40_000);
    expect(vm.runInContext('LockService.getDocumentLock().tryLock(30000)', context)).toBe(false);
  });

  it('advances the clock by the time each call takes, when given', () => {
    const e = env();
    e.callCost = (method) => (method === 'Range.getValues' ? 1000 : 0);
    const before = e.now();
    e.spreadsheet.getSheetByName('Tiêu chí')!.getDataRange().getValues();
    expect(e.now() - before).toBe(1000);
  });
});

describe('merges, sheet sizes and the cell limit, as Sheets has them', () => {
  it('a merge or an unmerge that takes only part of a merged range throws; one that holds it whole replaces it', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetByName('Huyện A')!;
    sheet.getRange('A2:I2').merge();
    const partial = 'Exception: You must select all cells in a merged range to merge or unmerge them.';
    expect(message(() => sheet.getRange('A2:C2').merge())).toBe(partial);
    // After clear() the data range is A1, which takes none of A2:I2 apart.
    sheet.clear();
    sheet.getDataRange().breakApart();
    expect(message(() => sheet.getRange('A2:C2').breakApart())).toBe(partial);
    sheet.getRange('A1:J3').merge();
    expect(
      sheet
        .getRange('A1:Z1000')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:J3']);
    sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart();
    expect(sheet.getRange('A1:Z1000').isPartOfMerge()).toBe(false);
  });

  it('a spreadsheet holds at most 10,000,000 cells: a new sheet takes 1000 × 26, inserted rows and columns count', () => {
    const e = env();
    const limit =
      'Exception: This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    // Two sheets of 1000 × 26 are 52,000 cells; a sheet of 1000 × 9,948 more makes 10,000,000 exactly.
    const big = e.spreadsheet.insertSheet('Lớn');
    expect([big.getMaxRows(), big.getMaxColumns()]).toEqual([1000, 26]);
    big.insertColumnsAfter(26, 9_922);
    expect(message(() => e.spreadsheet.insertSheet('Thêm'))).toBe(limit);
    expect(message(() => big.insertRowsAfter(1000, 1))).toBe(limit);
    expect(message(() => big.getRange(1, 1).setValue(1))).toBe('did not throw');
    // Deleting makes room: 999 rows × 9,948 columns free 9,948 cells, less than a new sheet's 26,000.
    big.deleteRows(1000, 1);
    expect(message(() => e.spreadsheet.insertSheet('Thêm'))).toBe(limit);
    big.deleteRows(998, 2);
    big.deleteColumns(9_000, 948);
    expect(e.spreadsheet.insertSheet('Thêm').getMaxRows()).toBe(1000);
  });

  it('a workbook is made with its sheets 1000 × 26 at least, or trimmed to its values; never past the limit', () => {
    const sheets = [{ name: 'A', values: [[1, 2, 3]] }];
    const grown = createFakeEnvironment({ sheets }).spreadsheet.getSheetByName('A')!;
    expect([grown.getMaxRows(), grown.getMaxColumns()]).toEqual([1000, 26]);
    const trimmed = createFakeEnvironment({ sheets, sheetSize: 'content' }).spreadsheet.getSheetByName('A')!;
    expect([trimmed.getMaxRows(), trimmed.getMaxColumns()]).toEqual([1, 3]);
    // 385 sheets of 1000 × 26 are 10,010,000 cells.
    const many = Array.from({ length: 385 }, (_, i) => ({ name: `S${i}`, values: [] }));
    expect(message(() => createFakeEnvironment({ sheets: many }))).toMatch(
      /above the limit of 10000000 cells/,
    );
  });

  it('setFontSizes sets each cell its size', () => {
    const sheet = env().spreadsheet.getSheetByName('Huyện A')!;
    sheet.getRange('A1:B1').setFontSizes([[13, 10]]);
    expect(sheet.getRange('A1:B1').getFontSizes()).toEqual([[13, 10]]);
  });
});
