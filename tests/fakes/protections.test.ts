/**
 * Users and protections in the fake, as Google's Protection, Range, Spreadsheet and Session references describe
 * them: the owner edits everything, a new protection mirrors the spreadsheet's editors until they are removed,
 * the owner and the running user are never removed, warning-only protects nobody, unprotected ranges of a sheet
 * protection are open, and a write by someone not allowed throws Sheets' message and changes nothing.
 */
import { createFakeEnvironment, type FakeEnvironment } from './apps-script';
import { PROTECTED_MESSAGE } from './permissions';

const OWNER = 'owner@tinh.gov.vn';
const UNIT = 'unit@tinh.gov.vn';
const OTHER = 'other@tinh.gov.vn';

function env(): FakeEnvironment {
  return createFakeEnvironment({
    sheets: [
      {
        name: 'A',
        values: [
          ['Mã', 'Số liệu'],
          ['1.1', 5],
        ],
      },
      { name: 'B', values: [['x']] },
    ],
    owner: OWNER,
    editors: [UNIT, OTHER],
  });
}

function sheetOf(e: FakeEnvironment, name: string) {
  const sheet = e.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`missing sheet ${name}`);
  return sheet;
}

const thrown = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'did not throw';
};

describe('people', () => {
  it('runs as the owner by default; setUser switches the person Session reports', () => {
    const e = env();
    expect(e.services.Session.getActiveUser().getEmail()).toBe(OWNER);
    expect(e.services.Session.getEffectiveUser().getEmail()).toBe(OWNER);
    e.setUser('Unit@Tinh.gov.vn');
    expect(e.user).toBe(UNIT);
    expect(e.services.Session.getActiveUser().getEmail()).toBe(UNIT);
    expect(e.spreadsheet.getOwner().getEmail()).toBe(OWNER);
  });

  it('lists the owner and the editors; adds and removes editors', () => {
    const e = env();
    expect(e.spreadsheet.getEditors().map((u) => u.getEmail())).toEqual([OWNER, UNIT, OTHER]);
    e.spreadsheet.addEditor('New@tinh.gov.vn').addEditors([UNIT, OWNER]).removeEditor(OTHER);
    expect(e.spreadsheet.getEditors().map((u) => u.getEmail())).toEqual([OWNER, UNIT, 'new@tinh.gov.vn']);
    expect(thrown(() => e.spreadsheet.addEditors('x' as unknown as string[]))).toMatch(/don't match/);
  });
});

describe('protections', () => {
  it('a new protection mirrors the spreadsheet editors and the person who makes it', () => {
    const e = env();
    e.setUser(UNIT);
    const p = sheetOf(e, 'A').getRange('B2').protect();
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, UNIT, OTHER]);
    expect(p.getProtectionType()).toBe('RANGE');
    expect(p.getRange().getA1Notation()).toBe('B2');
  });

  it('never removes the owner or the running user; editors are compared in lower case', () => {
    const e = env();
    const p = sheetOf(e, 'A').protect();
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    e.spreadsheet.addEditor(UNIT);
    p.addEditors(['UNIT@tinh.gov.vn']).addEditor(UNIT);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, UNIT]);
    e.setUser(UNIT);
    p.removeEditor(UNIT).removeEditor(OWNER);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, UNIT]);
    expect(thrown(() => p.addEditors(UNIT as unknown as string[]))).toMatch(/don't match/);
    expect(thrown(() => p.removeEditors(UNIT as unknown as string[]))).toMatch(/don't match/);
  });

  it('Sheet.protect returns the sheet protection there is; getProtections lists by type', () => {
    const e = env();
    const sheet = sheetOf(e, 'A');
    sheet.protect().setDescription('mine');
    expect(sheet.protect().getDescription()).toBe('mine');
    sheet.getRange('A1').protect();
    expect(sheet.getProtections(e.services.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(e.services.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    expect(e.spreadsheet.getProtections(e.services.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    expect(sheetOf(e, 'B').getProtections(e.services.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });

  it('keeps a protected sheet from anyone not on its editors, except its unprotected ranges', () => {
    const e = env();
    const sheet = sheetOf(e, 'A');
    const p = sheet.protect();
    p.removeEditors([UNIT, OTHER]).addEditor(OTHER);
    p.setUnprotectedRanges([sheet.getRange('B2:B10')]);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:B10']);
    e.setUser(UNIT);
    expect(p.canEdit()).toBe(false);
    expect(sheet.getRange('B2:B10').canEdit()).toBe(true);
    expect(sheet.getRange('B2:C2').canEdit()).toBe(false);
    expect(sheet.getRange('A1').canEdit()).toBe(false);
    expect(sheetOf(e, 'B').getRange('A1').canEdit()).toBe(true);
    sheet.getRange('B3').setValue(7);
    const before = e.snapshot();
    expect(thrown(() => sheet.getRange('A2').setValue('x'))).toBe(PROTECTED_MESSAGE);
    expect(
      thrown(() =>
        sheet.getRange('A1:B2').setValues([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe(PROTECTED_MESSAGE);
    expect(thrown(() => sheet.getRange('A2').setBackground('red'))).toBe(PROTECTED_MESSAGE);
    expect(thrown(() => sheet.clear())).toBe(PROTECTED_MESSAGE);
    expect(thrown(() => sheet.setName('Z'))).toBe(PROTECTED_MESSAGE);
    expect(thrown(() => e.spreadsheet.deleteSheet(sheet))).toBe(PROTECTED_MESSAGE);
    expect(thrown(() => p.setDescription('mine now'))).toBe(PROTECTED_MESSAGE);
    expect(thrown(() => p.removeEditor(OTHER))).toBe(PROTECTED_MESSAGE);
    expect(thrown(() => p.remove())).toBe(PROTECTED_MESSAGE);
    expect(e.snapshot()).toEqual(before);
    // Selecting and reading are not edits; inserting a sheet of one's own is allowed.
    sheet.getRange('A1').activate();
    e.spreadsheet.setActiveSheet(sheet);
    e.spreadsheet.insertSheet('C').getRange('A1').setValue(1);
    e.setUser(OTHER);
    expect(p.canEdit()).toBe(true);
    sheet.getRange('A2').setValue('ok');
    e.setUser(OWNER);
    expect(sheet.getRange('A1:Z1000').canEdit()).toBe(true);
  });

  it('needs every protection that covers a cell: a range protection inside an unprotected range', () => {
    const e = env();
    const sheet = sheetOf(e, 'A');
    const p = sheet.protect();
    p.removeEditors(p.getEditors());
    p.setUnprotectedRanges([sheet.getRange('B2:B10')]);
    const cells = sheet.getRange('B2:B10').protect();
    cells.removeEditors(cells.getEditors());
    cells.addEditor(UNIT);
    e.setUser(UNIT);
    expect(sheet.getRange('B2:B10').canEdit()).toBe(true);
    e.setUser(OTHER);
    expect(sheet.getRange('B5').canEdit()).toBe(false);
    expect(cells.canEdit()).toBe(false);
  });

  it('warning-only protects nobody and has no editors; made real again it has the owner and the running user', () => {
    const e = env();
    const sheet = sheetOf(e, 'A');
    const p = sheet.protect().setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getEditors()).toEqual([]);
    p.addEditor(UNIT);
    expect(p.getEditors()).toEqual([]);
    e.setUser(UNIT);
    expect(p.canEdit()).toBe(true);
    sheet.getRange('A1').setValue('edited');
    e.setUser(OWNER);
    p.setWarningOnly(false);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    e.setUser(UNIT);
    expect(p.canEdit()).toBe(false);
  });

  it('has unprotected ranges only on a sheet protection, and only on its own sheet', () => {
    const e = env();
    const sheet = sheetOf(e, 'A');
    const range = sheet.getRange('A1').protect();
    expect(thrown(() => range.setUnprotectedRanges([sheet.getRange('A1')]))).toBe(
      'Only a protected sheet can have unprotected ranges.',
    );
    const p = sheet.protect();
    expect(thrown(() => p.setUnprotectedRanges([sheetOf(e, 'B').getRange('A1')]))).toBe(
      'An unprotected range must be on the protected sheet.',
    );
    expect(thrown(() => p.setUnprotectedRanges('A1' as unknown as []))).toMatch(/don't match/);
    range.setRange(sheet.getRange('A1:A3')).setDomainEdit(false);
    expect(range.getRange().getA1Notation()).toBe('A1:A3');
    expect(range.canDomainEdit()).toBe(false);
    range.remove();
    expect(sheet.getProtections(e.services.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });
});
