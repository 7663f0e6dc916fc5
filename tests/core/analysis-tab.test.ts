/**
 * The analysis tab (WORKBOOK.md, "Analysis"): the analysis rows under a title, one section per group and criteria
 * set in the contract's order; generated tabs (Phân tích, "Báo cáo – …") are never units.
 */
import { buildExampleWorkbook } from '../../examples/source/build-example';
import { buildAnalysisTab } from '../../src/core/outputs/analysis-tab';
import { columnIndex, tabValues } from '../../src/core/outputs/tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Workbook } from '../../src/core/types';
import { criteriaSheet, unitSheet } from '../helpers/workbook';

test('the example: a title with the year, the analysis rows in order, one section, no criteria-set column', () => {
  const result = scoreWorkbook(buildExampleWorkbook());
  const tab = buildAnalysisTab(result);
  expect(tab.name).toBe('Phân tích');
  const [title, header, ...rows] = tabValues(tab);
  expect(title).toEqual(['Phân tích các tiêu chí nhiều đơn vị bị mất điểm năm 2025']);
  expect(header).toEqual([
    'Nhóm',
    'Mã',
    'Tiêu chí',
    'Điểm tối đa',
    'Số đơn vị áp dụng',
    'Số đơn vị mất điểm',
    'Số đơn vị bị trừ điểm',
    'Tổng điểm bị mất, bị trừ',
    'Tỷ lệ đạt điểm',
  ]);
  expect(rows.map((row) => row[1])).toEqual(result.analysis.map((row) => row.code));
  const penalty = rows.find((row) => row[1] === '1.8');
  // 1.8: 12 units, none lost, one penalised by 1, no attainment (a penalty leaf)
  expect(penalty?.slice(3)).toEqual([2, 12, 0, 1, 1, null]);
  expect(tab.sections).toEqual([
    { group: 'Cấp huyện', criteria: 'Tiêu chí', start: 0, count: rows.length, title: 'Cấp huyện' },
  ]);
});

describe('two groups and two criteria sets', () => {
  // Units sheet order: G with set A, H with set A, G with set B. Groups by first unit: G, then H; within G, A then B.
  const workbook: Workbook = {
    sheets: [
      criteriaSheet([{ code: '1' }, { code: '1.1', max: 10 }], { name: 'Bộ A' }),
      criteriaSheet([{ code: '1' }, { code: '1.1', max: 4 }], { name: 'Bộ B' }),
      {
        name: 'Đơn vị',
        values: [
          ['Đơn vị', 'Nhóm', 'Bộ tiêu chí'],
          ['U1', 'G', 'Bộ A'],
          ['U2', 'H', 'Bộ A'],
          ['U3', 'G', 'Bộ B'],
        ],
      },
      unitSheet('U1', [{ code: '1.1', self: 9 }]),
      unitSheet('U2', [{ code: '1.1', self: 10 }]),
      unitSheet('U3', [{ code: '1.1', self: 1 }]),
    ],
  };
  const result = scoreWorkbook(workbook);

  test('rows by group, then criteria set, in order of first appearance', () => {
    expect(result.analysis.map((row) => [row.group, row.criteria, row.code, row.amount])).toEqual([
      ['G', 'Bộ A', '1.1', 1],
      ['G', 'Bộ B', '1.1', 3],
      ['H', 'Bộ A', '1.1', 0],
    ]);
  });

  test('the tab names the criteria set in a column and in each chart title', () => {
    const tab = buildAnalysisTab(result);
    expect(tab.rows.map((row) => row[columnIndex(tab, 'criteria')])).toEqual(['Bộ A', 'Bộ B', 'Bộ A']);
    expect(tab.sections.map((section) => [section.start, section.count, section.title])).toEqual([
      [0, 1, 'G (Bộ A)'],
      [1, 1, 'G (Bộ B)'],
      [2, 1, 'H (Bộ A)'],
    ]);
  });
});

test('without a Units sheet, Phân tích, Analysis and report tabs are never units, even with a Code header', () => {
  const generated = [{ code: '1.1', self: 1 }];
  const result = scoreWorkbook({
    sheets: [
      criteriaSheet([{ code: '1' }, { code: '1.1', max: 1 }]),
      unitSheet('Huyện A', generated),
      unitSheet('Phân tích', generated),
      unitSheet('analysis', generated),
      unitSheet('Báo cáo – Huyện A', generated),
      unitSheet('Bao cao - Huyen A', generated),
      unitSheet('Report – District A', generated),
    ],
  });
  expect(result.units.map((unit) => unit.unit)).toEqual(['Huyện A']);
});

test('English: Analysis tab, English title without a year when there is none', () => {
  const result = scoreWorkbook({
    sheets: [
      criteriaSheet([{ code: '1' }, { code: '1.1', max: 1 }], { english: true }),
      unitSheet('District A', [{ code: '1.1', self: 0.5 }], { english: true }),
    ],
  });
  const tab = buildAnalysisTab(result);
  expect(tab.name).toBe('Analysis');
  expect(tab.title).toBe('Analysis: the criteria where units lost most points');
  expect(tab.columns[columnIndex(tab, 'amount')]?.header).toBe('Points lost');
});
