/**
 * "Save to History" through the built bundle on the fake, in a Vietnamese and an American spreadsheet. The commune
 * example (Settings: Năm 2025, Năm so sánh 2022) has 10 communes, all ranked, in one group "Cấp xã", and a History
 * of 2022–2024 with no row for 2025.
 */
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/xlsx';
import { columnLetters } from '../../src/core/basics/a1';
import type { ArchiveDto, SetupDto } from '../../src/shared/api';
import { HISTORY_HEADER } from '../../src/template/sheet-headers';
import type { FakeCellState } from '../fakes/apps-script';
import { loadBundle, ROOT, type LoadedBundle } from './bundle';

const CAP_XA = join(ROOT, 'examples', 'cchc-cap-xa-2025.xlsx');
const CAP_HUYEN = join(ROOT, 'examples', 'cchc-cap-huyen-2025.xlsx');

async function open(file: string, locale: string): Promise<LoadedBundle> {
  return loadBundle((await readXlsx(file)).workbook, locale);
}

/** Every cell of every sheet but `except` (values, formulas, formats, notes, validations), one row and column past the data. */
function cellsOutside(bundle: LoadedBundle, except: string): Record<string, FakeCellState[][]> {
  const snapshot = bundle.env.snapshot();
  const cells: Record<string, FakeCellState[][]> = {};
  for (const [name, values] of Object.entries(snapshot)) {
    if (name === except) continue;
    const width = Math.max(0, ...values.map((row) => row.length)) + 1;
    cells[name] = Array.from({ length: values.length + 1 }, (_, r) =>
      Array.from({ length: width }, (_, c) => bundle.env.cell(name, `${columnLetters(c)}${r + 1}`)),
    );
  }
  return cells;
}

function setCell(bundle: LoadedBundle, sheet: string, a1: string, value: string | number): void {
  bundle.env.runExecution(() => bundle.env.spreadsheet.getSheetByName(sheet)?.getRange(a1).setValue(value));
}

describe.each(['vi_VN', 'en_US'])('Save to History in a %s spreadsheet', (locale) => {
  test('adds this year once: twice gives the same History, and nothing outside History changes', async () => {
    const bundle = await open(CAP_XA, locale);
    const history = bundle.env.snapshot()['Lịch sử'] ?? [];
    const outside = cellsOutside(bundle, 'Lịch sử');
    const sheets = Object.keys(bundle.env.snapshot());
    const active = bundle.env.spreadsheet.getActiveSheet().getName();

    const first = bundle.call<ArchiveDto>('saveToHistory');
    // 10 ranked communes, no 2025 row before: 10 added, none replaced.
    expect(first).toEqual({
      ok: true,
      sheet: 'Lịch sử',
      year: 2025,
      added: 10,
      replaced: 0,
      message: 'Đã lưu năm 2025 vào Lịch sử: thêm 10 dòng, thay 0 dòng.',
    });
    expect(bundle.env.ui.toasts.at(-1)?.message).toBe(first.message);
    const saved = bundle.env.snapshot()['Lịch sử'] ?? [];
    expect(saved.slice(0, history.length)).toEqual(history);
    expect(saved).toHaveLength(history.length + 10);
    // The leader: rank 1 of the 10 communes of "Cấp xã".
    const leader = saved.find((row) => row[0] === 2025 && row[1] === 'Phường Thành Sen');
    expect(leader?.slice(0, 3)).toEqual([2025, 'Phường Thành Sen', 'Cấp xã']);
    expect(leader?.slice(4, 6)).toEqual([1, 10]);

    const second = bundle.call<ArchiveDto>('saveToHistory');
    expect(second).toMatchObject({ ok: true, year: 2025, added: 0, replaced: 10 });
    expect(second.message).toBe('Đã lưu năm 2025 vào Lịch sử: thêm 0 dòng, thay 10 dòng.');
    expect(bundle.env.snapshot()['Lịch sử']).toEqual(saved);

    expect(cellsOutside(bundle, 'Lịch sử')).toEqual(outside);
    expect(Object.keys(bundle.env.snapshot())).toEqual(sheets);
    expect(bundle.env.spreadsheet.getActiveSheet().getName()).toBe(active);
  });

  test('a History that shrinks has its leftover rows cleared', async () => {
    const bundle = await open(CAP_XA, locale);
    bundle.call('saveToHistory');
    const saved = bundle.env.snapshot()['Lịch sử'] ?? [];
    // Three communes are no longer ranked: their 2025 rows go, the other 7 are replaced (out of 7 now).
    setCell(bundle, 'Đơn vị', 'D1', 'Xếp hạng');
    for (const row of [2, 3, 4]) setCell(bundle, 'Đơn vị', `D${row}`, 'Không');
    const again = bundle.call<ArchiveDto>('saveToHistory');
    expect(again).toMatchObject({ ok: true, added: 0, replaced: 7 });
    expect(again.message).toBe(
      'Đã lưu năm 2025 vào Lịch sử: thêm 0 dòng, thay 7 dòng. Bỏ 3 dòng năm 2025 của đơn vị năm nay không có thứ hạng.',
    );
    const shrunk = bundle.env.snapshot()['Lịch sử'] ?? [];
    expect(shrunk).toHaveLength(saved.length - 3);
    expect(shrunk.filter((row) => row[0] === 2025).map((row) => row[5])).toEqual(new Array(7).fill(7));
    const sheet = bundle.env.spreadsheet.getSheetByName('Lịch sử');
    expect(sheet?.getLastRow()).toBe(saved.length - 3);
  });

  test('creates History with the header in the workbook language when there is none, and keeps the active sheet', async () => {
    const bundle = await open(CAP_HUYEN, locale);
    expect(Object.keys(bundle.env.snapshot())).not.toContain('Lịch sử');
    const active = bundle.env.spreadsheet.getActiveSheet().getName();
    const done = bundle.call<ArchiveDto>('saveToHistory');
    expect(done).toMatchObject({ ok: true, sheet: 'Lịch sử', year: 2025, replaced: 0 });
    const history = bundle.env.snapshot()['Lịch sử'] ?? [];
    expect(history[0]).toEqual(HISTORY_HEADER.vi);
    expect(history).toHaveLength(done.added + 1);
    expect(bundle.env.spreadsheet.getActiveSheet().getName()).toBe(active);
  });

  test('a held lock gives the busy message and writes nothing', async () => {
    const bundle = await open(CAP_XA, locale);
    const before = bundle.env.snapshot();
    bundle.env.holdDocumentLock();
    const busy =
      locale === 'vi_VN'
        ? 'Một thao tác khác của Chỉ số CCHC (tính lại, báo cáo, lưu lịch sử…) đang chạy. Vui lòng thử lại sau ít phút.'
        : 'Another PAR Index task (recompute, reports, saving to History…) is running. Please try again in a few minutes.';
    expect(() => bundle.call('saveToHistory')).toThrow(busy);
    bundle.env.releaseDocumentLock();
    expect(bundle.env.snapshot()).toEqual(before);
  });

  test('without a Year in Settings it refuses and writes nothing', async () => {
    const bundle = await open(CAP_XA, locale);
    setCell(bundle, 'Cài đặt', 'B1', '');
    const before = bundle.env.snapshot();
    const refused = bundle.call<ArchiveDto>('saveToHistory');
    expect(refused).toEqual({
      ok: false,
      sheet: null,
      year: null,
      added: 0,
      replaced: 0,
      message: 'Chưa lưu vào Lịch sử: sheet Cài đặt chưa có Năm (ví dụ Năm = 2025).',
    });
    expect(bundle.env.ui.toasts.at(-1)?.message).toBe(refused.message);
    expect(bundle.env.snapshot()).toEqual(before);
  });

  test('a History with errors is named and nothing is written', async () => {
    const bundle = await open(CAP_XA, locale);
    setCell(bundle, 'Lịch sử', 'A2', 2023.5);
    const before = bundle.env.snapshot();
    const refused = bundle.call<ArchiveDto>('saveToHistory');
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^Chưa lưu vào Lịch sử: cần sửa 1 lỗi của sheet Lịch sử: .*A2/);
    expect(bundle.env.snapshot()).toEqual(before);
  });

  test('in an English workbook the History and the confirmation are in English', () => {
    // Settings say English and 2025; Set up adds the rest in English, with three sample units ranked "Yes".
    const settings = [
      ['Year', 2025],
      ['Language', 'en'],
    ];
    const bundle = loadBundle({ sheets: [{ name: 'Settings', values: settings }] }, locale);
    bundle.call<SetupDto>('setupWorkbook', 'cap-xa');
    const done = bundle.call<ArchiveDto>('saveToHistory');
    expect(done.sheet).toBe('History');
    expect(done.message).toBe('Saved 2025 to History: 3 rows added, 0 replaced.');
    expect(bundle.env.snapshot()['History']?.[0]).toEqual(HISTORY_HEADER.en);
  });
});
