/**
 * Renders a unit report tab of the example from its layout (src/core/outputs/report-layout.ts), as the spreadsheet
 * shows it: each cell's look (bold, size, fill, wrap, number format), the column widths, the merged summary and its
 * height, no gridlines, text running over empty cells to its right. Saves a PNG for the guide, through headless
 * Chromium. Run from the repository root: npx tsx scripts/render-report.ts [UNIT] [OUT.png]
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { readXlsx } from '../src/cli/xlsx';
import { displayNumber } from '../src/core/basics/numbers';
import type { Look, SheetLayout } from '../src/core/outputs/layout';
import { reportLayout } from '../src/core/outputs/report-layout';
import { buildReportTab, reportTabNames } from '../src/core/outputs/report-tab';
import { CHARACTER_PIXELS } from '../src/core/outputs/style';
import { scoreWorkbook } from '../src/core/score-workbook';
import type { Cell, Language } from '../src/core/types';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell as its number format shows it, in the workbook's language (the formats the report uses). */
function shown(value: Cell, format: string | null, language: Language): string {
  if (typeof value !== 'number') return value === null ? '' : String(value);
  if (format === '0') return String(Math.round(value));
  if (format === '0.00%') return `${displayNumber(value * 100, language)}%`;
  return displayNumber(value, language);
}

function style(look: Look): string {
  return [
    look.bold ? 'font-weight:bold' : '',
    look.size === null ? '' : `font-size:${Math.round((look.size * 4) / 3)}px`,
    look.fill === null ? '' : `background:${look.fill}`,
    look.wrap ? 'white-space:normal' : 'white-space:nowrap;overflow:visible',
  ]
    .filter(Boolean)
    .join(';');
}

function html(layout: SheetLayout, language: Language): string {
  const widths = layout.widths.map((w) => w * CHARACTER_PIXELS);
  const heights = new Map(layout.heights.map((height) => [height.row, height.pixels]));
  const merged = new Map(layout.merges.map((merge) => [merge.row, merge.columns]));
  const rows = layout.values.map((values, r) => {
    const span = merged.get(r + 1);
    const looks = layout.looks[r] as readonly Look[];
    const count = span === undefined ? values.length : 1;
    const cells = values.slice(0, count).map((value, c) => {
      const look = looks[c] as Look;
      const text = escape(shown(value, look.format, language));
      const number = typeof value === 'number' ? ' class="number"' : '';
      return `<td${span === undefined ? '' : ` colspan="${span}"`}${number} style="${style(look)}">${text}</td>`;
    });
    const height = heights.get(r + 1);
    return `<tr${height === undefined ? '' : ` style="height:${height}px"`}>${cells.join('')}</tr>`;
  });
  const total = widths.reduce((sum, w) => sum + w, 0);
  const cols = widths.map((w) => `<col style="width:${w}px">`).join('');
  return `<!doctype html><meta charset="utf-8"><style>
    body { font: 13px Arial, sans-serif; margin: 12px; background: #fff; }
    table { border-collapse: collapse; table-layout: fixed; }
    td { padding: 2px 4px; vertical-align: top; height: 17px; overflow: visible; }
    td.number { text-align: right; }
  </style><table style="width:${total}px"><colgroup>${cols}</colgroup>${rows.join('\n')}</table>`;
}

async function main(): Promise<void> {
  const unitName = process.argv[2] ?? 'Huyện Thạch Hà';
  const out = resolve(process.argv[3] ?? 'docs/images/bao-cao-don-vi.png');
  const { workbook } = await readXlsx(resolve('examples/cchc-cap-huyen-2025.xlsx'));
  const result = scoreWorkbook(workbook);
  const unit = result.units.find((candidate) => candidate.unit === unitName);
  if (!unit) throw new Error(`no unit ${unitName}`);
  const [name] = reportTabNames([unit.unit], result.language);
  const layout = reportLayout(buildReportTab(result, unit, name as string));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(html(layout, result.language));
    await page.locator('table').screenshot({ path: out });
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
