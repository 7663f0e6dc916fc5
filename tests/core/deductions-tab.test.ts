/**
 * The deductions tab (WORKBOOK.md, "Outputs"): one row per unit and leaf with a flag, the points lost counted
 * once, every flag as a reason with its amount, the self score only where typed, and a total line per unit
 * equal to Σ (Max − final) over its score leaves plus its penalties.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/xlsx';
import { buildExampleWorkbook } from '../../examples/source/build-example';
import {
  buildDeductionsTab,
  DEDUCTION_COLUMNS,
  type DeductionKey,
} from '../../src/core/outputs/deductions-tab';
import { columnIndex } from '../../src/core/outputs/tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, WorkbookResult } from '../../src/core/types';
import { workbook } from '../helpers/workbook';
import { expectTotalsAddUp } from '../helpers/deductions';

/** Rows as records keyed by column key. */
function records(result: WorkbookResult): Partial<Record<DeductionKey, Cell>>[] {
  const tab = buildDeductionsTab(result);
  return tab.rows.map((row) => Object.fromEntries(tab.columns.map((column, c) => [column.key, row[c]])));
}

describe('rows', () => {
  // 1.1 (Max 3, evidence required): computed 3 from "Có", typed self 3, appraised 2.5, no evidence →
  //   lost 0.5 + appraisal-cut 0.5 + no-evidence; points lost 0.5, counted once.
  // 1.2 (Max 1, manual): nothing typed → not-scored + lost 1. 1.3 (penalty, Max 2): appraised −0.5 → penalty 0.5.
  // 1.4 (Max 1, yes/no): "Có" with no self score typed → no flag, no row.
  const result = scoreWorkbook(
    workbook({
      criteria: [
        { code: '1' },
        { code: '1.1', max: 3, name: 'Kế hoạch', rule: 'có/không', evidence: 'Kế hoạch CCHC' },
        { code: '1.2', max: 1, name: 'Báo cáo' },
        { code: '1.3', max: 2, name: 'Bị phê bình', type: 'điểm trừ' },
        { code: '1.4', max: 1, name: 'Tuyên truyền', rule: 'có/không' },
      ],
      units: {
        'Huyện A': [
          { code: '1.1', value: 'Có', self: 3, appraised: 2.5, note: 'ban hành muộn' },
          { code: '1.2' },
          { code: '1.3', appraised: -0.5 },
          { code: '1.4', value: 'Có' },
        ],
      },
    }),
  );

  test('headers in the contract order', () => {
    expect(buildDeductionsTab(result).columns.map((column) => column.header)).toEqual([
      'Đơn vị',
      'Mã',
      'Tiêu chí',
      'Điểm tối đa',
      'Điểm theo số liệu',
      'Tự chấm',
      'Thẩm định',
      'Điểm',
      'Điểm bị mất, bị trừ',
      'Lý do',
      'Ý kiến thẩm định',
    ]);
  });

  test('lost + appraisal-cut + no-evidence: one row, the 0.5 lost once, all three reasons', () => {
    expect(records(result)[0]).toEqual({
      unit: 'Huyện A',
      code: '1.1',
      criterion: 'Kế hoạch',
      max: 3,
      computed: 3,
      self: 3,
      appraised: 2.5,
      final: 2.5,
      lost: 0.5,
      reasons: 'mất 0,5; thẩm định hạ 0,5; thiếu tài liệu kiểm chứng',
      note: 'ban hành muộn',
    });
  });

  test('no self score typed: the self column is blank; a penalty counts −final', () => {
    const rows = records(result);
    expect(rows[1]).toMatchObject({ code: '1.2', computed: null, self: null, final: 0, lost: 1 });
    expect(rows[1]?.reasons).toBe('chưa chấm; mất 1');
    expect(rows[2]).toMatchObject({
      code: '1.3',
      appraised: -0.5,
      final: -0.5,
      lost: 0.5,
      reasons: 'trừ 0,5',
    });
  });

  test('a total line after the unit: 0.5 + 1 + 0.5 = 2', () => {
    const tab = buildDeductionsTab(result);
    expect(tab.rows).toHaveLength(4);
    expect(tab.totals).toEqual([3]);
    expect(records(result)[3]).toEqual({
      unit: 'Huyện A',
      code: null,
      criterion: 'Tổng điểm bị mất, bị trừ',
      max: null,
      computed: null,
      self: null,
      appraised: null,
      final: null,
      lost: 2,
      reasons: null,
      note: null,
    });
  });

  test('English labels and a decimal point', () => {
    const english = scoreWorkbook(
      workbook({
        english: true,
        criteria: [{ code: '1' }, { code: '1.1', max: 100 }],
        units: { 'District A': [{ code: '1.1', self: 80.25, appraised: 79.75 }] },
      }),
    );
    const tab = buildDeductionsTab(english);
    expect(tab.name).toBe('Deductions');
    expect(tab.rows[0]?.[columnIndex(tab, 'reasons')]).toBe('lost 20.25; appraisal cut 0.5');
    expect(tab.rows[1]?.[columnIndex(tab, 'criterion')]).toBe('Total points lost');
    expect(DEDUCTION_COLUMNS.lost.header.en).toBe('Points lost');
  });
});

describe('the totals add up on every example', () => {
  test('the example built from its source', () => {
    expectTotalsAddUp(scoreWorkbook(buildExampleWorkbook()));
  });

  const dir = join(__dirname, '..', '..', 'examples');
  test.each(readdirSync(dir).filter((name) => name.endsWith('.xlsx')))('%s', async (name) => {
    expectTotalsAddUp(scoreWorkbook((await readXlsx(join(dir, name))).workbook));
  });
});
