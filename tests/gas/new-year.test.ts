/**
 * The add-in's "Bắt đầu năm mới" / "Start a new year" through the built bundle on the fake (WORKBOOK.md, "Command
 * line", `new-year`; issue: a confirmation that says what is emptied and recommends a copy, under the document
 * lock, refused writing nothing without a Settings Year or with History errors).
 */
import { MARK_COLOUR, MARK_NOTE_TAG } from '../../src/core/outputs/mark-signs';
import { message } from '../../src/core/messages';
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import { criteriaSheet } from '../helpers/workbook';
import { loadBundle, type LoadedBundle } from './bundle';

/** Two leaves of Max 50: a unit's index is the sum of its self scores. */
const CRITERIA = [{ code: '1' }, { code: '1.1', max: 50 }, { code: '1.2', max: 50 }];
const HEADER = [
  'Mã',
  'Tiêu chí',
  'Điểm tối đa',
  'Số liệu kê khai',
  'Trên tổng số',
  'Điểm tự chấm',
  'Tài liệu kiểm chứng',
  'Điểm thẩm định',
  'Ý kiến thẩm định',
  'Giải trình',
  'Điểm sau giải trình',
  'Ghi chú riêng',
];

/** 1.1 self a with every entry filled (evidence required nowhere); 1.2 self b. Column L is a person's own. */
function unitSheet(name: string, a: number, b: number): Sheet {
  return {
    name,
    values: [
      HEADER,
      ['1.1', 'Chỉ đạo', 50, 'có', 1, a, 'QĐ 12', a, 'đạt', 'đã giải trình', a, 'giữ'],
      ['1.2', 'Báo cáo', 50, '', '', b, '', '', '', '', '', ''],
    ],
  };
}

/** Xã An 45 + 40 = 85 (1st), Xã Bình 40 + 30 = 70 (2nd): both lose points on 1.2, which Mark marks. */
function book(settings: Cell[][] | null, history?: Cell[][]): Workbook {
  const sheets: Sheet[] = [
    criteriaSheet(CRITERIA),
    {
      name: 'Đơn vị',
      values: [
        ['Đơn vị', 'Xếp hạng năm trước', 'Chỉ số năm trước', 'Tên năm trước'],
        ['Xã An', 2, 80, 'Xã An Cũ'],
        ['Xã Bình', 1, 85, ''],
      ],
    },
    {
      name: 'Điều tra',
      values: [
        ['Đơn vị', 'SIPAS'],
        ['Xã An', 0.8],
        ['Xã Bình', 0.9],
      ],
    },
  ];
  if (settings) sheets.push({ name: 'Cài đặt', values: settings });
  if (history) sheets.push({ name: 'Lịch sử', values: history });
  sheets.push(unitSheet('Xã An', 45, 40), unitSheet('Xã Bình', 40, 30));
  return { sheets };
}

/** The workbook after a season's work: recomputed, marked, a report written, a cell formatted by a person. */
function worked(workbook: Workbook): LoadedBundle {
  const bundle = loadBundle(workbook);
  bundle.call('recomputeRanking');
  bundle.call('markDeductions');
  bundle.call('buildReports', ['Xã An']);
  bundle.env.runExecution(() =>
    bundle.env.spreadsheet
      .getSheetByName('Xã An')
      ?.getRange('D2')
      .setFontWeight('bold')
      .setBackground('#ffff00'),
  );
  return bundle;
}

function startNewYear(bundle: LoadedBundle, reply: 'YES' | 'NO'): { ok: boolean; message: string } {
  bundle.env.alertReply = (_text, buttons) => (buttons === 'YES_NO' ? reply : 'OK');
  return bundle.call('startNewYear');
}

describe('Start a new year in the add-in', () => {
  test('the confirmation says what is emptied and recommends a copy; No writes nothing', () => {
    const bundle = worked(book([['Năm', 2024]]));
    const before = bundle.env.snapshot();
    expect(startNewYear(bundle, 'NO')).toEqual({ ok: false, message: '' });
    expect(bundle.env.snapshot()).toEqual(before);
    const asked = bundle.env.ui.alerts.at(-1) ?? '';
    expect(asked.startsWith('Bắt đầu năm mới\n')).toBe(true);
    for (const said of ['Năm + 1', 'điểm tự chấm', 'SIPAS', 'Tệp → Tạo bản sao'])
      expect(asked).toContain(said);
  });

  test('Yes: History, Year + 1, Stage, entries emptied, generated tabs and marks removed, the rest kept', () => {
    const bundle = worked(book([['Năm', 2024]]));
    expect(Object.keys(bundle.env.snapshot())).toContain('Báo cáo – Xã An');
    const marked = bundle.env.cell('Xã An', 'A3');
    expect(marked.background).toBe(MARK_COLOUR);
    expect(marked.note).toContain(MARK_NOTE_TAG);

    const outcome = startNewYear(bundle, 'YES');
    const done = `${message('vi', 'archiveDone', { year: 2024, added: 2, replaced: 0 })} ${message(
      'vi',
      'newYearDone',
      { year: 2025, units: 2, removed: 4 },
    )}`;
    expect(outcome).toEqual({ ok: true, message: done });
    expect(bundle.env.ui.alerts.at(-1)).toBe(done);

    const after = bundle.env.snapshot();
    expect(Object.keys(after)).toEqual([
      'Tiêu chí',
      'Đơn vị',
      'Điều tra',
      'Cài đặt',
      'Xã An',
      'Xã Bình',
      'Lịch sử',
    ]);
    expect(after['Lịch sử']).toEqual([
      ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'],
      [2024, 'Xã An', '', 85, 1, 2, 0.8, 2],
      [2024, 'Xã Bình', '', 70, 2, 2, 0.9, 1],
    ]);
    expect(after['Cài đặt']).toEqual([
      ['Năm', 2025],
      ['Giai đoạn', 'kê khai'],
    ]);
    expect(after['Đơn vị']).toEqual([
      ['Đơn vị', 'Xếp hạng năm trước', 'Chỉ số năm trước', 'Tên năm trước'],
      ['Xã An', '', '', ''],
      ['Xã Bình', '', '', ''],
    ]);
    expect(after['Điều tra']).toEqual([
      ['Đơn vị', 'SIPAS'],
      ['Xã An', ''],
      ['Xã Bình', ''],
    ]);
    for (const name of ['Xã An', 'Xã Bình'])
      expect(after[name]).toEqual([
        HEADER,
        ['1.1', 'Chỉ đạo', 50, '', '', '', '', '', '', '', '', 'giữ'],
        ['1.2', 'Báo cáo', 50, '', '', '', '', '', '', '', '', ''],
      ]);
    // A person's formatting stays; the marks go.
    expect(bundle.env.cell('Xã An', 'D2')).toMatchObject({ fontWeight: 'bold', background: '#ffff00' });
    expect(bundle.env.cell('Xã An', 'A3')).toMatchObject({ background: null, note: '' });

    // Next year's ranking carries this year's ranks as previous ranks.
    bundle.call('recomputeRanking');
    const ranking = bundle.env.snapshot()['Xếp hạng'] ?? [];
    const header = ranking[1] ?? [];
    const previous = header.indexOf('Hạng năm trước');
    const unit = header.indexOf('Đơn vị');
    const byUnit = new Map(ranking.slice(2).map((row) => [row[unit], row[previous]]));
    expect(byUnit).toEqual(
      new Map([
        ['Xã An', 1],
        ['Xã Bình', 2],
      ]),
    );
  });

  test('a Stage row there is is set back to self-assessment', () => {
    const bundle = worked(
      book([
        ['Năm', 2024],
        ['Giai đoạn', 'công bố'],
      ]),
    );
    startNewYear(bundle, 'YES');
    expect(bundle.env.snapshot()['Cài đặt']).toEqual([
      ['Năm', 2025],
      ['Giai đoạn', 'kê khai'],
    ]);
  });

  test.each<[string, Workbook, string]>([
    ['no Settings Year', book([['Xếp loại', 'A>=90; B']]), message('vi', 'archiveNoYear')],
    [
      'History errors',
      book(
        [['Năm', 2024]],
        [
          ['Năm', 'Đơn vị', 'Xếp hạng'],
          [2023, 'Xã An', 'nhất'],
        ],
      ),
      'Chưa lưu vào Lịch sử: cần sửa 1 lỗi của sheet Lịch sử',
    ],
  ])('refused with %s: told why, nothing written', (_label, workbook, said) => {
    const bundle = worked(workbook);
    const before = bundle.env.snapshot();
    const outcome = startNewYear(bundle, 'YES');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain(said);
    expect(bundle.env.ui.alerts.at(-1)).toContain(said);
    expect(bundle.env.snapshot()).toEqual(before);
    expect(bundle.env.cell('Xã An', 'A3').background).toBe(MARK_COLOUR);
  });

  test('in an English workbook the dialog is in English', () => {
    const bundle = loadBundle({
      sheets: [
        criteriaSheet([{ code: '1' }, { code: '1.1', max: 100 }], { english: true }),
        {
          name: 'Unit A',
          values: [
            ['Code', 'Self score'],
            ['1.1', 90],
          ],
        },
      ],
    });
    const outcome = startNewYear(bundle, 'YES');
    expect(bundle.env.ui.alerts[0]).toContain('Make a copy first (File → Make a copy)');
    expect(outcome).toEqual({ ok: false, message: message('en', 'archiveNoYear') });
  });

  test('waits for the document lock and says another task is running, writing nothing', () => {
    const bundle = worked(book([['Năm', 2024]]));
    const before = bundle.env.snapshot();
    bundle.env.holdDocumentLock();
    bundle.env.alertReply = () => 'YES';
    expect(() => bundle.call('startNewYear')).toThrow('đang chạy');
    bundle.env.releaseDocumentLock();
    expect(bundle.env.snapshot()).toEqual(before);
  });
});
