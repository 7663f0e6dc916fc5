/**
 * Set up with each criteria template, in a Vietnamese and an American spreadsheet: the sheets it creates are in
 * the workbook's language, and a Recompute right after finds no error in them (every formula parses).
 */
import { CRITERIA_TEMPLATES, type TemplateKey } from '../../src/template/registry';
import { HISTORY_HEADER } from '../../src/template/sheet-headers';
import type { RecomputeDto, SetupDto } from '../../src/shared/api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSource, loadBundle, ROOT, unparsed } from './bundle';

const KEYS = Object.keys(CRITERIA_TEMPLATES) as TemplateKey[];

const LANGUAGES = [
  {
    locale: 'vi_VN',
    language: 'vi',
    sheets: [
      'Cài đặt',
      'Tiêu chí',
      'Đơn vị',
      'Điều tra',
      'Lịch sử',
      'Đơn vị mẫu 1',
      'Đơn vị mẫu 2',
      'Đơn vị mẫu 3',
    ],
    settingsYear: 'Năm',
    unitsHeader: ['Đơn vị', 'Tên sheet', 'Khối', 'Xếp hạng', 'Xếp hạng năm trước', 'Thư điện tử'],
    settingsRoles: [
      ['Giai đoạn', 'kê khai'],
      ['Thư ký', ''],
      ['Tổ thẩm định', ''],
    ],
    unitHeaderEnd: ['Ý kiến thẩm định', 'Giải trình', 'Điểm sau giải trình', 'Điểm theo số liệu'],
  },
  {
    locale: 'en_US',
    language: 'en',
    sheets: [
      'Settings',
      'Criteria',
      'Units',
      'Survey',
      'History',
      'Sample unit 1',
      'Sample unit 2',
      'Sample unit 3',
    ],
    settingsYear: 'Year',
    unitsHeader: ['Unit', 'Sheet', 'Group', 'Ranked', 'Previous rank', 'Email'],
    settingsRoles: [
      ['Stage', 'self-assessment'],
      ['Secretariat', ''],
      ['Appraisers', ''],
    ],
    unitHeaderEnd: ['Appraisal note', 'Explanation', 'Re-appraised score', 'Score from the data'],
  },
] as const;

describe.each(LANGUAGES)('Set up in a $locale spreadsheet', (l) => {
  test.each(KEYS)('with the %s template, then Recompute: no error in the sheets it created', (key) => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] }, l.locale);
    const setup = bundle.call<SetupDto>('setupWorkbook', key);
    expect(setup.created).toEqual(l.sheets);
    const snapshot = bundle.env.snapshot();
    const template = CRITERIA_TEMPLATES[key];
    // Title and "sample to adapt" note above the header, then the template's rows in the workbook's language.
    const criteria = snapshot[l.sheets[1]] ?? [];
    expect(criteria[0]?.[0]).toBe(template.title[l.language]);
    expect(criteria[1]?.[0]).toBe(template.note[l.language]);
    expect(criteria.slice(2).map((row) => row.slice(0, 1))).toEqual(
      template.rows(l.language).map((row) => row.slice(0, 1)),
    );
    expect(snapshot[l.sheets[0]]?.[0]?.[0]).toBe(l.settingsYear);
    expect(snapshot[l.sheets[2]]?.[0]).toEqual(l.unitsHeader);
    // The roles' rows, left for the secretariat to fill, and a unit sheet's last columns.
    expect(snapshot[l.sheets[0]]?.slice(4)).toEqual(l.settingsRoles);
    expect(snapshot[l.sheets[5]]?.[0]?.slice(8)).toEqual(l.unitHeaderEnd);
    expect(snapshot[l.sheets[3]]?.[0]).toEqual(template.surveyHeader(l.language));
    expect(snapshot[l.sheets[4]]?.[0]).toEqual(HISTORY_HEADER[l.language]);

    const result = bundle.call<RecomputeDto>('recomputeRanking');
    expect(result.status.language).toBe(l.language);
    expect(result.errors).toEqual([]);
    expect(unparsed(bundle)).toEqual([]);
  });
});

describe('Set up from the menu', () => {
  test.each([
    ['no argument', []],
    ['an event object', [{ authMode: 'FULL' }]],
    ['an unknown template', ['cap-tinh']],
  ])('with %s uses the communes and wards template', (_, args) => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] }, 'vi_VN');
    bundle.call<SetupDto>('setupWorkbook', ...args);
    expect(bundle.env.snapshot()['Tiêu chí']?.[0]?.[0]).toBe(CRITERIA_TEMPLATES['cap-xa'].title.vi);
  });

  test('keeps a criteria sheet there is, and heads the Survey sheet with its survey codes', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] }, 'vi_VN');
    bundle.call<SetupDto>('setupWorkbook', 'cap-huyen');
    bundle.env.runExecution(() => {
      const survey = bundle.env.spreadsheet.getSheetByName('Điều tra');
      if (survey) bundle.env.spreadsheet.deleteSheet(survey);
    });
    const again = bundle.call<SetupDto>('setupWorkbook', 'so-nganh');
    expect(again.created).toEqual(['Điều tra']);
    expect(bundle.env.snapshot()['Tiêu chí']?.[0]?.[0]).toBe(CRITERIA_TEMPLATES['cap-huyen'].title.vi);
    expect(bundle.env.snapshot()['Điều tra']?.[0]).toEqual(
      CRITERIA_TEMPLATES['cap-huyen'].surveyHeader('vi'),
    );
  });
});

describe('the templates live in Templates.html, read by Set up alone', () => {
  test('Code.js carries no template data; Templates.html holds every template in both languages', () => {
    const code = bundleSource();
    const file = JSON.parse(readFileSync(join(ROOT, 'dist', 'Templates.html'), 'utf8')) as Record<
      string,
      Record<string, unknown[][]>
    >;
    expect(Object.keys(file)).toEqual(KEYS);
    for (const key of KEYS) {
      const template = CRITERIA_TEMPLATES[key];
      for (const language of ['vi', 'en'] as const) {
        expect(file[key]?.[language]).toEqual(template.sheet(language));
        expect(code).not.toContain(template.title[language]);
      }
    }
  });

  test('Set up reads the file once; custom functions and Recompute never do', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] });
    bundle.env.resetCalls();
    bundle.call('setupWorkbook', 'cap-xa');
    expect(bundle.env.calls.byMethod['HtmlService.createHtmlOutputFromFile']).toBe(1);
    bundle.env.resetCalls();
    bundle.call('recomputeRanking');
    bundle.call('PAR_INDEX', [['Mã', 'Điểm tự chấm']]);
    expect(bundle.env.calls.byMethod['HtmlService.createHtmlOutputFromFile']).toBeUndefined();
  });
});
