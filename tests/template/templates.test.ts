/**
 * The built-in criteria templates: each one, in Vietnamese and in English, is a criteria sheet the core reads
 * without an error or a warning, whose score maxima add up to 100, and which a unit can fill and be scored on.
 */
import { readCriteriaSheet, type Criterion } from '../../src/core/sheets/criteria-sheet';
import type { Expr } from '../../src/core/rules/expr';
import { parseRule } from '../../src/core/rules/parse-rule';
import type { Rule } from '../../src/core/rules/rule';
import { scoreWorkbook } from '../../src/core/score-workbook';
import { readSurveySheet } from '../../src/core/sheets/survey-sheet';
import type { Cell, Language, ParError } from '../../src/core/types';
import { criteriaCapHuyenRows } from '../../src/template/criteria-cap-huyen';
import { CRITERIA_TEMPLATES, type TemplateKey } from '../../src/template/registry';
import { HISTORY_HEADER, HISTORY_SHEET_NAME } from '../../src/template/sheet-headers';
import { fromSurvey } from '../../src/core/rules/rule';
import { foldKey } from '../../src/core/basics/text';
import { appliesToOf, bestEntry, readTemplate, templateWorkbook, type Entry } from './template-workbook';

/** The group the filled-in unit of each template belongs to: a commune for the commune template. */
const GROUP: Record<TemplateKey, Record<Language, string> | undefined> = {
  'so-nganh': undefined,
  'cap-xa': { vi: 'Xã', en: 'Commune' },
  'cap-huyen': undefined,
};

const KEYS = Object.keys(CRITERIA_TEMPLATES) as TemplateKey[];
const LANGUAGES: Language[] = ['vi', 'en'];
const CASES = KEYS.flatMap((key) => LANGUAGES.map((language) => [key, language] as const));

/** A rule with its language's words taken out: the points, thresholds and formula shape stay. */
function ruleShape(rule: Rule): unknown {
  switch (rule.kind) {
    case 'choice':
      return { kind: rule.kind, points: rule.options.map((option) => option.points) };
    case 'bands':
      return { kind: rule.kind, bands: rule.bands.map(({ test, points }) => ({ test, points })) };
    case 'ratio':
      return { kind: rule.kind, floor: rule.floor };
    case 'formula': {
      const shape = (expr: Expr): unknown =>
        expr.t === 'var'
          ? { input: rule.inputs.indexOf(expr.name) }
          : expr.t === 'neg'
            ? { neg: shape(expr.e) }
            : expr.t === 'bin' || expr.t === 'cmp'
              ? [expr.op, shape(expr.l), shape(expr.r)]
              : expr.t === 'call'
                ? [expr.fn, ...expr.args.map(shape)]
                : expr.v;
      return { kind: rule.kind, expr: shape(rule.expr) };
    }
    default:
      return { kind: rule.kind };
  }
}

function shapeOf(criterion: Criterion): unknown {
  const { code, max, type, isLeaf, evidenceRequired, rule } = criterion;
  return { code, max, type, isLeaf, evidenceRequired, rule: ruleShape(rule) };
}

/** The leaves below a code (the code itself when it is a leaf). */
function leavesUnder(leaves: readonly Criterion[], code: string): Criterion[] {
  return leaves.filter((leaf) => leaf.code === code || leaf.code.startsWith(code + '.'));
}

const noProblems = (problems: readonly ParError[]): string[] =>
  problems.map((problem) => `${problem.sheet}!${problem.cell}: ${problem.message}`);

describe('the registry', () => {
  test('offers the departments, the communes and wards, and the districts, in that order', () => {
    expect(KEYS).toEqual(['so-nganh', 'cap-xa', 'cap-huyen']);
  });

  test.each(KEYS)(
    '%s says in both languages that it is a sample to adapt to the province’s decision',
    (key) => {
      const template = CRITERIA_TEMPLATES[key];
      expect(template.note.vi).toMatch(/mẫu/);
      expect(template.note.vi).toMatch(/Quyết định/);
      expect(template.note.en).toMatch(/sample/i);
      expect(template.note.en).toMatch(/decision/);
      for (const language of LANGUAGES) {
        const sheet = template.sheet(language);
        expect(sheet[0]).toEqual([template.title[language]]);
        expect(sheet[1]).toEqual([template.note[language]]);
        expect(sheet.slice(2)).toEqual(template.rows(language));
      }
    },
  );

  test('the district rows of the old export are the template’s Vietnamese rows', () => {
    expect(criteriaCapHuyenRows()).toEqual(CRITERIA_TEMPLATES['cap-huyen'].rows('vi'));
  });

  test.each(KEYS)('%s has no code that Sheets would change by reading it as a number (1.10 → 1.1)', (key) => {
    for (const [code] of CRITERIA_TEMPLATES[key].rows('vi').slice(1)) {
      const number = Number(code);
      if (!Number.isNaN(number)) expect(String(number)).toBe(code);
    }
  });

  test('rows are new arrays on every call, so a caller may change them', () => {
    const template = CRITERIA_TEMPLATES['cap-xa'];
    const rows = template.rows('vi');
    (rows[1] as Cell[])[1] = 'changed';
    expect(template.rows('vi')[1]?.[1]).not.toBe('changed');
  });
});

describe.each(CASES)('template %s in %s', (key, language) => {
  const template = CRITERIA_TEMPLATES[key];
  const criteria = readTemplate(template, language);

  test('is read with no error and no warning, the header found below the title and the note', () => {
    expect(noProblems(criteria.errors)).toEqual([]);
    expect(noProblems(criteria.warnings)).toEqual([]);
    expect(criteria.criteria[0]?.row).toBe(3);
  });

  test('has score maxima that add up to 100, and one bonus and one penalty leaf outside them', () => {
    const sum = (type: string): number =>
      criteria.leaves.filter((leaf) => leaf.type === type).reduce((total, leaf) => total + leaf.max, 0);
    expect(sum('score')).toBeCloseTo(100, 9);
    expect(criteria.leaves.filter((leaf) => leaf.type === 'bonus')).toHaveLength(1);
    expect(criteria.leaves.filter((leaf) => leaf.type === 'penalty')).toHaveLength(1);
  });

  test('gives a parent’s Max only where it is the sum of the leaves below, all of its own type', () => {
    const header = template.rows(language)[0] as Cell[];
    const maxColumn = header.indexOf(language === 'vi' ? 'Điểm tối đa' : 'Max');
    const given = new Map(template.rows(language).map((row) => [row[0], row[maxColumn]]));
    for (const parent of criteria.criteria.filter((criterion) => !criterion.isLeaf)) {
      const below = leavesUnder(criteria.leaves, parent.code);
      if (given.get(parent.code) === null) {
        // Blank only where bonus or penalty rows sit under a score field.
        expect([parent.code, below.some((leaf) => leaf.type !== parent.type)]).toEqual([parent.code, true]);
        continue;
      }
      // Every leaf below has the parent's type, so the sum of all children and of its own type agree.
      expect([parent.code, below.every((leaf) => leaf.type === parent.type)]).toEqual([parent.code, true]);
      const sum = below.reduce((total, leaf) => total + leaf.max, 0);
      expect([parent.code, given.get(parent.code)]).toEqual([parent.code, expect.closeTo(sum, 9)]);
    }
  });

  test('uses every kind of rule, a ratio with and without a floor, and asks for evidence', () => {
    const kinds = new Set(criteria.leaves.map((leaf) => leaf.rule.kind));
    const rateToo = key === 'cap-xa' ? ['surveyRate'] : [];
    expect([...kinds].sort()).toEqual(
      ['bands', 'choice', 'formula', 'manual', 'ratio', 'survey', ...rateToo, 'yesno'].sort(),
    );
    const ratios = criteria.leaves.flatMap((leaf) => (leaf.rule.kind === 'ratio' ? [leaf.rule.floor] : []));
    expect(ratios.some((floor) => floor === null)).toBe(true);
    expect(ratios.some((floor) => floor !== null)).toBe(true);
    expect(criteria.leaves.filter((leaf) => leaf.evidenceRequired).length).toBeGreaterThanOrEqual(5);
  });

  test('every rule parses on its own', () => {
    const rows = template.rows(language);
    const ruleColumn = (rows[0] as Cell[]).indexOf(language === 'vi' ? 'Cách chấm' : 'Rule');
    for (const row of rows.slice(1)) {
      const parsed = parseRule(row[ruleColumn] ?? null);
      expect([row[0], parsed.ok]).toEqual([row[0], true]);
    }
  });

  test('writes its rules and types with the keywords of its language', () => {
    const rows = template.rows(language).slice(1);
    const keyword = (rule: Cell): string => String(rule).split(/[:>]/)[0]?.trim() ?? '';
    const allowed =
      language === 'vi'
        ? ['', 'nhập điểm', 'có/không', 'lựa chọn', 'mức', 'tỷ lệ', 'công thức', 'điều tra', 'điều tra tỷ lệ']
        : ['', 'manual', 'yesno', 'choice', 'bands', 'ratio', 'formula', 'survey', 'survey rate'];
    for (const row of rows) expect([row[0], allowed.includes(keyword(row[3] ?? ''))]).toEqual([row[0], true]);
    const types = new Set(rows.map((row) => row[4]));
    expect(types).toEqual(
      new Set(['', ...(language === 'vi' ? ['điểm cộng', 'điểm trừ'] : ['bonus', 'penalty'])]),
    );
    if (language === 'vi') expect(rows.filter((row) => /\belse\b/.test(String(row[3])))).toEqual([]);
  });

  if (language === 'en') {
    test('has no Vietnamese word left in its English text', () => {
      const texts = template
        .rows('en')
        .flat()
        .filter((cell) => typeof cell === 'string');
      expect(texts.filter((text) => /[^\x20-\x7e]/.test(text))).toEqual([]);
    });
  }

  test('gives full marks (or no penalty) for the best answer to each rule', () => {
    for (const leaf of criteria.leaves) {
      const rule = leaf.rule;
      const best =
        rule.kind === 'choice'
          ? Math.max(...rule.options.map((option) => option.points))
          : rule.kind === 'bands'
            ? Math.max(...rule.bands.map((band) => band.points))
            : leaf.high;
      expect([leaf.code, best]).toEqual([leaf.code, leaf.type === 'penalty' ? 0 : leaf.max]);
    }
  });

  test('scores a unit that filled every leaf with no error and no warning, out of 100', () => {
    const entries: Record<string, Entry> = {};
    for (const leaf of criteria.leaves) entries[leaf.code] = bestEntry(leaf, language);
    // Survey points at Max; a survey rate of 100 %.
    const survey = Object.fromEntries(
      criteria.leaves
        .filter((leaf) => fromSurvey(leaf.rule))
        .map((leaf) => [leaf.code, leaf.rule.kind === 'survey' ? leaf.max : '100%']),
    );
    const group = GROUP[key]?.[language];
    const result = scoreWorkbook(templateWorkbook(template, language, entries, survey, 0.9, group));
    // The leaves for other kinds of unit leave the maximum.
    const applies = appliesToOf(template, language);
    const appliesHere = (code: string): boolean =>
      (applies.get(code) ?? []).length === 0 || (applies.get(code) ?? []).includes(foldKey(group ?? ''));
    const max = criteria.leaves
      .filter((leaf) => leaf.type === 'score' && appliesHere(leaf.code))
      .reduce((total, leaf) => total + leaf.max, 0);
    expect(result.language).toBe(language);
    expect(noProblems(result.errors)).toEqual([]);
    expect(noProblems(result.warnings)).toEqual([]);
    const [unit] = result.units;
    expect(result.units).toHaveLength(1);
    expect(unit?.status).toBe('ranked');
    expect(unit?.max).toBeCloseTo(max, 9);
    expect(unit?.rank).toBe(1);
    expect(unit?.sipas).toBe(0.9);
    for (const leaf of unit?.leaves ?? []) {
      if (!appliesHere(leaf.code)) continue;
      const criterion = criteria.byCode.get(leaf.code) as Criterion;
      expect([leaf.code, leaf.applicable, leaf.final === null]).toEqual([leaf.code, true, false]);
      // A formula gets 1 for every input, anything else its best answer: full marks, or no penalty.
      if (criterion.rule.kind !== 'formula')
        expect([leaf.code, leaf.final]).toEqual([leaf.code, criterion.high]);
    }
    const formulaCodes = criteria.leaves
      .filter((leaf) => leaf.rule.kind === 'formula')
      .map((leaf) => leaf.code);
    for (const flag of unit?.flags ?? []) expect(formulaCodes).toContain(flag.code);
  });

  test('its Survey header has the unit, one column per survey code and SIPAS, as the core reads it', () => {
    const header = template.surveyHeader(language);
    const codes = criteria.leaves.filter((leaf) => fromSurvey(leaf.rule)).map((leaf) => leaf.code);
    expect(header).toEqual([language === 'vi' ? 'Đơn vị' : 'Unit', ...codes, 'SIPAS']);
    const errors: ParError[] = [];
    const survey = readSurveySheet({ name: 'Survey', values: [header] }, language, errors);
    expect(errors).toEqual([]);
    expect([...(survey?.codeColumns.keys() ?? [])]).toEqual(codes);
    expect(survey?.sipasColumn).toBe(header.length - 1);
  });
});

describe.each(KEYS)('template %s in both languages', (key) => {
  const template = CRITERIA_TEMPLATES[key];
  const vi = readTemplate(template, 'vi');
  const en = readTemplate(template, 'en');

  test('has the same codes, maxima, types, evidence requirements and rules', () => {
    expect(en.criteria.map(shapeOf)).toEqual(vi.criteria.map(shapeOf));
  });

  test('names every criterion, and every choice label, in each language', () => {
    vi.criteria.forEach((criterion, k) => {
      const english = en.criteria[k] as Criterion;
      expect([criterion.code, criterion.name === '', english.name === '']).toEqual([
        criterion.code,
        false,
        false,
      ]);
      expect(english.name).not.toBe(criterion.name);
      if (criterion.rule.kind === 'choice' && english.rule.kind === 'choice') {
        const labels = english.rule.options.map((option) => option.label);
        expect(labels).not.toEqual(criterion.rule.options.map((option) => option.label));
      }
    });
  });

  test('its Vietnamese sheet is read as such, and the English one too', () => {
    expect(readCriteriaSheet({ name: 'Tiêu chí', values: template.rows('vi') }, 'vi').errors).toEqual([]);
    expect(readCriteriaSheet({ name: 'Criteria', values: template.rows('en') }, 'en').errors).toEqual([]);
  });
});

describe('the History sheet header', () => {
  test('names the contract’s columns in its order, in each language', () => {
    expect(HISTORY_SHEET_NAME).toEqual({ vi: 'Lịch sử', en: 'History' });
    expect(HISTORY_HEADER.vi).toEqual([
      'Năm',
      'Đơn vị',
      'Nhóm',
      'Chỉ số',
      'Xếp hạng',
      'Trên tổng số',
      'SIPAS',
      'Hạng SIPAS',
    ]);
    expect(HISTORY_HEADER.en).toEqual([
      'Year',
      'Unit',
      'Group',
      'Index',
      'Rank',
      'Out of',
      'SIPAS',
      'SIPAS rank',
    ]);
  });
});

describe('the 2025 commune template (cấp xã): communes, wards and special zones', () => {
  const template = CRITERIA_TEMPLATES['cap-xa'];
  const criteria = readTemplate(template, 'vi');
  const applies = appliesToOf(template, 'vi');
  const KINDS = ['xa', 'phuong', 'dac khu'];
  const maxFor = (kind: string): number =>
    criteria.leaves
      .filter((leaf) => leaf.type === 'score')
      .filter((leaf) => {
        const groups = applies.get(leaf.code) ?? [];
        return groups.length === 0 || groups.includes(kind);
      })
      .reduce((total, leaf) => total + leaf.max, 0);

  test('says so in its title, in both languages', () => {
    expect(template.title.vi).toMatch(/xã, phường, đặc khu/);
    expect(template.title.en).toMatch(/communes, wards and special zones/);
  });

  test('names only xã, phường and đặc khu in Applies to, and in English Commune, Ward and Special zone', () => {
    const named = new Set([...applies.values()].flat());
    expect([...named].sort()).toEqual([...KINDS].sort());
    const english = new Set([...appliesToOf(template, 'en').values()].flat());
    expect([...english].sort()).toEqual(['commune', 'special zone', 'ward']);
  });

  test('holds each kind of unit to the same maximum: 100 − 3 − 1.5 of the other kind’s online leaves = 95.5', () => {
    // 7.3.1 (3) and 7.3.3 (1.5) are for communes and special zones, 7.3.2 (3) and 7.3.4 (1.5) for wards.
    for (const kind of KINDS) expect([kind, maxFor(kind)]).toEqual([kind, 95.5]);
    // Every leaf counts in the criteria set's sum, as the contract says.
    const all = criteria.leaves.filter((leaf) => leaf.type === 'score').reduce((t, leaf) => t + leaf.max, 0);
    expect(all).toBeCloseTo(100, 9);
  });

  test('uses formulas with conditions, survey rates and If none arose where nothing may arise', () => {
    const rows = template.rows('vi');
    const header = rows[0] as Cell[];
    const ruleColumn = header.indexOf('Cách chấm');
    const noneColumn = header.indexOf('Nếu không phát sinh');
    const withIf = rows.filter((row) => /^công thức:.*\bnếu\(/.test(String(row[ruleColumn])));
    expect(withIf.map((row) => row[0])).toEqual(['1.5', '7.3.5']);
    expect(
      criteria.leaves.filter((leaf) => leaf.rule.kind === 'surveyRate').map((leaf) => leaf.code),
    ).toEqual(['8.2', '8.3']);
    const none = rows
      .slice(1)
      .filter((row) => row[noneColumn] !== '')
      .map((row) => [row[0], row[noneColumn]]);
    expect(none).toEqual([
      ['1.5', 'không áp dụng'],
      ['2.2.2', 'tối đa'],
      ['3.3.2', 'tối đa'],
      ['3.4', 'tối đa'],
    ]);
  });
});

test('the district template says it is for the years up to 2024, an archive', () => {
  const title = CRITERIA_TEMPLATES['cap-huyen'].title;
  expect(title.vi).toMatch(/đến 2024/);
  expect(title.vi).toMatch(/lưu trữ/);
  expect(title.en).toMatch(/up to 2024/);
  expect(title.en).toMatch(/archive/);
});
