/**
 * The Sheets formatting finds the ranking tab's columns by key, never by position: with the optional columns
 * (SIPAS, previous index, change in index) between the fields and the class, the class colours still land on
 * the class column and the unit links on the unit column.
 */
import { a1 } from '../../src/core/basics/a1';
import { RANKING_COLUMNS } from '../../src/core/outputs/ranking-tab';
import { workbook } from '../helpers/workbook';
import { exampleWorkbook, loadBundle } from './bundle';

const CRITERIA = [{ code: '1' }, { code: '1.1', max: 60 }, { code: '2' }, { code: '2.1', max: 40 }];

function rankedBundle(): ReturnType<typeof loadBundle> {
  const bundle = loadBundle(
    workbook({
      criteria: CRITERIA,
      unitsSheet: [
        ['Đơn vị', 'Xếp hạng năm trước', 'Chỉ số năm trước'],
        ['Huyện A', 2, 80],
        ['Huyện B', 1, 90],
        ['Huyện C', null, null],
      ],
      survey: [
        ['Đơn vị', 'SIPAS'],
        ['Huyện A', 0.86],
        ['Huyện B', 0.8],
      ],
      units: {
        // A: 57 + 38 = 95 → A; B: 50 + 35 = 85 → B; C: 40 + 20 = 60 → D
        'Huyện A': [
          { code: '1.1', self: 57 },
          { code: '2.1', self: 38 },
        ],
        'Huyện B': [
          { code: '1.1', self: 50 },
          { code: '2.1', self: 35 },
        ],
        'Huyện C': [
          { code: '1.1', self: 40 },
          { code: '2.1', self: 20 },
        ],
      },
    }),
  );
  bundle.call('recomputeRanking');
  return bundle;
}

describe('ranking tab formatting by column key', () => {
  const bundle = rankedBundle();
  const values = bundle.env.snapshot()['Xếp hạng'] as unknown[][];
  const header = values[1] as string[]; // row 1 is the tab's title
  const classColumn = header.indexOf(RANKING_COLUMNS.class.header.vi);
  const unitColumn = header.indexOf(RANKING_COLUMNS.unit.header.vi);

  test('optional columns sit before the class column, so a positional formatter would miss it', () => {
    expect(header).toContain(RANKING_COLUMNS.sipas.header.vi);
    expect(classColumn).toBeGreaterThan(header.indexOf(RANKING_COLUMNS.sipas.header.vi));
  });

  test('class colours are on the class column and nowhere else in the data rows', () => {
    const rows = values.slice(2);
    expect(rows.map((row) => row[classColumn])).toEqual(['A', 'B', 'D']);
    rows.forEach((row, r) =>
      row.forEach((_, c) => {
        const background = bundle.env.cell('Xếp hạng', a1(r + 2, c)).background;
        if (c === classColumn) expect(background).not.toBeNull();
        else expect(background).toBeNull();
      }),
    );
    const colours = rows.map((_, r) => bundle.env.cell('Xếp hạng', a1(r + 2, classColumn)).background);
    expect(new Set(colours).size).toBe(3);
  });

  test('each unit name links to its sheet from the unit column', () => {
    values.slice(2).forEach((row, r) => {
      expect(row[unitColumn]).toMatch(/^Huyện [ABC]$/);
      expect(bundle.env.cell('Xếp hạng', a1(r + 2, unitColumn)).links[0]?.url).toMatch(/^#gid=\d+$/);
    });
  });
});

describe('the analysis tab in Sheets', () => {
  let bundle: ReturnType<typeof loadBundle>;
  beforeAll(async () => {
    bundle = loadBundle(await exampleWorkbook());
    bundle.call('recomputeRanking');
  });

  test('Recompute writes Phân tích with the analysis rows under its title and header', () => {
    const values = bundle.env.snapshot()['Phân tích'] as unknown[][];
    expect(values[0]?.[0]).toBe('Phân tích các tiêu chí nhiều đơn vị bị mất điểm năm 2025');
    expect(values[1]?.[1]).toBe('Mã');
    // 8.2 loses most points in the example (66 − 49.75 = 16.25)
    expect(values[2]?.slice(0, 2)).toEqual(['Cấp huyện', '8.2']);
  });

  test('one bar chart for the group: the ten codes with most points lost against their points lost, inside the sheet', () => {
    const sheet = bundle.env.spreadsheet.getSheetByName('Phân tích');
    if (!sheet) throw new Error('no Phân tích tab');
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    const chart = charts[0];
    if (!chart) throw new Error('no chart');
    expect(chart.getRanges().map((range) => range.getA1Notation())).toEqual(['B3:B12', 'H3:H12']);
    const anchor = chart.getContainerInfo().getAnchorColumn();
    expect(anchor).toBeGreaterThan(9); // right of the nine columns of the table
    expect(anchor).toBeLessThanOrEqual(sheet.getMaxColumns());
    expect(chart.getOptions().get('title')).toBe('Cấp huyện');
  });
});
