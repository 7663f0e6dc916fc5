/**
 * Generates a synthetic PAR workbook of any size, for load tests and demos. Deterministic for a seed.
 *   npx tsx scripts/generate-workbook.ts --units 130 --criteria 100 --out /tmp/x.xlsx [--groups 3] [--seed 1] [--error-units 1]
 */
import type { Cell, Workbook } from '../src/core/types';
import { UNIT_SHEET_HEADER } from '../src/core/sheets/workbook-schema';

export interface GenerateOptions {
  units: number;
  /** Number of leaf criteria, spread over up to 8 fields. */
  criteria: number;
  groups?: number;
  seed?: number;
  /** How many units get one data error (a ratio typed as 95 with no Of and no %). */
  errorUnits?: number;
}

type Kind = 'manual' | 'yesno' | 'choice' | 'bands' | 'count' | 'ratio' | 'formula' | 'survey';

interface Leaf {
  code: string;
  name: string;
  max: number;
  kind: Kind;
  rule: string;
  evidence: boolean;
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS: [string, number][] = [
  ['Công tác chỉ đạo, điều hành CCHC', 10],
  ['Xây dựng và tổ chức thực hiện văn bản QPPL', 8],
  ['Cải cách thủ tục hành chính', 16],
  ['Cải cách tổ chức bộ máy hành chính nhà nước', 8],
  ['Xây dựng và nâng cao chất lượng đội ngũ CBCCVC', 12],
  ['Cải cách tài chính công', 8],
  ['Xây dựng và phát triển chính quyền điện tử, chính quyền số', 18],
  ['Tác động của cải cách hành chính', 20],
];
const KINDS: Kind[] = ['manual', 'yesno', 'choice', 'bands', 'ratio', 'formula', 'count'];
const UNIT_HEADER: Cell[] = [...UNIT_SHEET_HEADER];

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
const fmt = (x: number): string => String(round(x, 4));

function ruleFor(kind: Kind, max: number): string {
  const half = fmt(max / 2);
  switch (kind) {
    case 'manual':
      return '';
    case 'yesno':
      return 'có/không';
    case 'choice':
      return `lựa chọn: Kịp thời=${fmt(max)}; Không kịp thời=${half}; Không ban hành=0`;
    case 'bands':
      return `mức: >=90%=${fmt(max)}; >=70%=${half}; else=0`;
    case 'count':
      return `mức: >=3=${fmt(max)}; >=1=${half}; else=0`;
    case 'ratio':
      return 'tỷ lệ';
    case 'formula':
      return `công thức: (b/a)*${fmt(max)} + (c/a)*${half}`;
    case 'survey':
      return 'điều tra';
  }
}

/** Splits `total` points into n maxima that add up to it exactly: quarter points when they suffice, else hundredths. */
function split(total: number, n: number): number[] {
  const unit = Number.isInteger(round(total * 4, 6)) && total * 4 >= n ? 4 : 100;
  const parts = Math.round(total * unit);
  return Array.from({ length: n }, (_, k) => (Math.floor(parts / n) + (k < parts % n ? 1 : 0)) / unit);
}

function buildLeaves(criteria: number): { fields: [string, string, number][]; leaves: Leaf[] } {
  const fieldCount = Math.max(1, Math.min(FIELDS.length, criteria));
  const chosen = FIELDS.slice(0, fieldCount);
  const scale = 100 / chosen.reduce((sum, [, max]) => sum + max, 0);
  const fields: [string, string, number][] = [];
  const leaves: Leaf[] = [];
  let given = 0;
  chosen.forEach(([name, weight], f) => {
    const fieldMax = f === chosen.length - 1 ? round(100 - given, 2) : round(weight * scale, 2);
    given += fieldMax;
    const n = Math.floor(criteria / fieldCount) + (f < criteria % fieldCount ? 1 : 0);
    const code = String(f + 1);
    fields.push([code, name, fieldMax]);
    split(fieldMax, n).forEach((max, k) => {
      const survey = fieldCount === FIELDS.length && f === FIELDS.length - 1 && k < 3;
      const kind: Kind = survey ? 'survey' : (KINDS[(f + k) % KINDS.length] as Kind);
      leaves.push({
        code: `${code}.${k + 1}`,
        name: `${name}: tiêu chí ${k + 1}`,
        max,
        kind,
        rule: ruleFor(kind, max),
        evidence: !survey && k % 5 === 0,
      });
    });
  });
  return { fields, leaves };
}

function unitRow(leaf: Leaf, q: number, rnd: () => number, docNo: number): Cell[] {
  const r = Math.min(1, Math.max(0, q + (rnd() - 0.5) * 0.3));
  let value: Cell = null;
  let of: Cell = null;
  let self: Cell = null;
  let appraised: Cell = null;
  let note: Cell = null;
  switch (leaf.kind) {
    case 'manual':
      self = Math.min(leaf.max, Math.round(leaf.max * r * 4) / 4);
      if (rnd() < 0.05 && self > 0) {
        appraised = round(self - Math.min(0.25, self), 2);
        note = 'Tài liệu kiểm chứng chưa đầy đủ';
      }
      break;
    case 'yesno':
      value = r > 0.3 ? 'Có' : 'Không';
      break;
    case 'choice':
      value = r > 0.8 ? 'Kịp thời' : r > 0.4 ? 'Không kịp thời' : 'Không ban hành';
      break;
    case 'count':
      value = Math.floor(r * 6);
      break;
    case 'bands':
    case 'ratio': {
      const total = 20 + Math.floor(rnd() * 480);
      of = total;
      value = Math.round(total * r);
      break;
    }
    case 'formula': {
      const a = 5 + Math.floor(rnd() * 16);
      const b = Math.round(a * r);
      value = `a=${a}; b=${b}; c=${Math.floor((a - b) / 2)}`;
      break;
    }
    case 'survey':
      break;
  }
  const evidence = leaf.evidence && rnd() < 0.95 ? `Văn bản số ${docNo}/UBND ngày 15/06/2025` : null;
  return [leaf.code, leaf.name, leaf.max, value, of, self, evidence, appraised, note];
}

export function generateWorkbook(options: GenerateOptions): Workbook {
  const units = Math.max(0, Math.floor(options.units));
  const groups = Math.max(1, Math.floor(options.groups ?? 1));
  const errorUnits = Math.min(units, Math.max(0, Math.floor(options.errorUnits ?? 0)));
  const rnd = mulberry32(options.seed ?? 1);
  const { fields, leaves } = buildLeaves(Math.max(1, Math.floor(options.criteria)));
  const survey = leaves.filter((leaf) => leaf.kind === 'survey');
  const errorLeaf = leaves.find((leaf) => leaf.kind === 'ratio');

  const criteria: Cell[][] = [['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm', 'Loại', 'Tài liệu kiểm chứng']];
  for (const [code, name, max] of fields) {
    criteria.push([code, name, max, null, null, null]);
    for (const leaf of leaves) {
      if (leaf.code.startsWith(`${code}.`))
        criteria.push([
          leaf.code,
          leaf.name,
          leaf.max,
          leaf.rule,
          null,
          leaf.evidence ? 'Văn bản, báo cáo' : null,
        ]);
    }
  }

  const names: string[] = Array.from({ length: units }, (_, u) => `Đơn vị ${String(u + 1).padStart(5, '0')}`);
  const groupOf = (u: number): number => u % groups;
  const previous = new Array<number>(units);
  for (let g = 0; g < groups; g++) {
    const members: number[] = [];
    for (let u = g; u < units; u += groups) members.push(u);
    const ranks = members.map((_, k) => k + 1);
    for (let k = ranks.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [ranks[k], ranks[j]] = [ranks[j] as number, ranks[k] as number];
    }
    members.forEach((u, k) => (previous[u] = ranks[k] as number));
  }
  const unitsSheet: Cell[][] = [
    ['Đơn vị', 'Tên sheet', 'Khối', 'Bộ tiêu chí', 'Xếp hạng', 'Xếp hạng năm trước', 'Chỉ số năm trước'],
  ];
  const surveySheet: Cell[][] = [['Đơn vị', ...survey.map((leaf) => leaf.code), 'SIPAS']];
  const sheets: Workbook['sheets'] = [];
  const withError = new Set(
    Array.from({ length: errorUnits }, (_, k) => Math.floor((k * units) / errorUnits)),
  );

  for (let u = 0; u < units; u++) {
    const name = names[u] as string;
    const sheet = `DV${String(u + 1).padStart(5, '0')}`;
    const q = 0.55 + rnd() * 0.45;
    unitsSheet.push([
      name,
      sheet,
      `Khối ${groupOf(u) + 1}`,
      'Tiêu chí',
      'Có',
      previous[u] as number,
      round(60 + rnd() * 35, 2),
    ]);
    surveySheet.push([
      name,
      ...survey.map((leaf) => round(leaf.max * Math.min(1, q + rnd() * 0.1), 2)),
      round(0.7 + rnd() * 0.25, 4),
    ]);
    const values: Cell[][] = [[`Phiếu tự chấm điểm: ${name}`], UNIT_HEADER];
    for (const leaf of leaves) if (leaf.kind !== 'survey') values.push(unitRow(leaf, q, rnd, 100 + u));
    if (withError.has(u)) {
      const row = values.find((line) => line[0] === errorLeaf?.code) ?? values[2];
      if (row && errorLeaf) [row[3], row[4], row[5]] = [95, null, null];
      else if (row) row[5] = '#REF!';
    }
    sheets.push({ name: sheet, values });
  }

  return {
    sheets: [
      {
        name: 'Cài đặt',
        values: [
          ['Năm', 2025],
          ['Điểm xếp hạng', 'auto'],
          ['Xếp loại', 'A>=90; B>=80; C>=70; D'],
        ],
      },
      { name: 'Tiêu chí', values: criteria },
      { name: 'Đơn vị', values: unitsSheet },
      ...(survey.length > 0 ? [{ name: 'Điều tra', values: surveySheet }] : []),
      ...sheets,
    ],
  };
}

function argument(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const out = argument(args, 'out');
  const units = Number(argument(args, 'units') ?? 13);
  const criteria = Number(argument(args, 'criteria') ?? 60);
  if (!out || !Number.isFinite(units) || !Number.isFinite(criteria)) {
    console.error(
      'Usage: npx tsx scripts/generate-workbook.ts --units N --criteria N --out FILE.xlsx [--groups N] [--seed N] [--error-units N]',
    );
    process.exit(2);
  }
  const workbook = generateWorkbook({
    units,
    criteria,
    groups: Number(argument(args, 'groups') ?? 1),
    seed: Number(argument(args, 'seed') ?? 1),
    errorUnits: Number(argument(args, 'error-units') ?? 0),
  });
  const { writeWorkbookXlsx } = await import('../src/cli/xlsx');
  await writeWorkbookXlsx(workbook, out);
  console.log(`Wrote ${out}: ${units} units, ${criteria} criteria`);
}

if (/generate-workbook\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
