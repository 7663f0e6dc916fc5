/**
 * Renders a unit report tab of the example as the spreadsheet shows it (its tables' number formats, bold header
 * rows on grey, wrapped long text) and saves a PNG for the guide, through headless Chromium.
 * Run from the repository root: npx tsx scripts/render-report.ts [UNIT] [OUT.png]
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { readXlsx } from '../src/cli/xlsx';
import { formatNumber } from '../src/core/display-number';
import {
  buildReportTab,
  reportColumnWidth,
  reportTabNames,
  type ReportTab,
} from '../src/core/outputs/report-tab';
import type { ColumnFormat, TabColumn } from '../src/core/outputs/tab';
import { scoreWorkbook } from '../src/core/score-workbook';
import type { Cell, Language } from '../src/core/types';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell as its column's number format shows it (NUMBER_FORMATS), in the workbook's language. */
function shown(value: Cell, format: ColumnFormat, language: Language): string {
  if (typeof value !== 'number') return value === null ? '' : String(value);
  if (format === 'integer') return String(Math.round(value));
  if (format === 'ratio-percent') return `${formatNumber(value * 100, language)}%`;
  return formatNumber(value, language);
}

function html(tab: ReportTab): string {
  const widths = Array.from({ length: tab.width }, (_, c) => (reportColumnWidth(tab, c) + 2) * 7);
  const rows: string[] = [];
  const cells = (row: string[], style = ''): string =>
    `<tr>${row.map((cell, c) => `<td style="width:${widths[c]}px;${style}">${cell}</td>`).join('')}</tr>`;
  const blank = (): string[] => new Array<string>(tab.width).fill('');
  const byRow = new Map<number, string>();
  byRow.set(0, `<tr><td colspan="${tab.width}" class="title">${escape(tab.title)}</td></tr>`);
  byRow.set(1, `<tr><td colspan="${tab.width}" class="summary">${escape(tab.summary)}</td></tr>`);
  for (const line of tab.lines)
    byRow.set(
      line.at,
      `<tr><td colspan="${tab.width}" class="${line.heading ? 'heading' : ''}">${escape(line.text)}</td></tr>`,
    );
  for (const table of tab.tables) {
    const header = blank();
    table.columns.forEach((column, c) => (header[c] = escape(column.header)));
    byRow.set(table.at, cells(header).replace(/<td /g, '<td class="header" '));
    table.rows.forEach((row, r) => {
      const line = blank();
      table.columns.forEach((column: TabColumn, c) => {
        const text = escape(shown(row[c] ?? null, column.format, tab.language));
        line[c] = column.format === 'text' ? text : `<span class="number">${text}</span>`;
      });
      byRow.set(table.at + 1 + r, cells(line, table.groupRows.includes(r) ? 'font-weight:bold' : ''));
    });
  }
  const last = Math.max(...byRow.keys());
  for (let r = 0; r <= last; r++) rows.push(byRow.get(r) ?? cells(blank()));
  return `<!doctype html><meta charset="utf-8"><style>
    body { font: 13px Arial, sans-serif; margin: 12px; background: #fff; }
    table { border-collapse: collapse; table-layout: fixed; }
    td { border: 1px solid #e2e3e3; padding: 2px 4px; vertical-align: top; height: 18px; overflow-wrap: anywhere; }
    td .number { display: block; text-align: right; }
    .title { font-weight: bold; font-size: 16px; }
    .summary { white-space: normal; }
    .heading { font-weight: bold; }
    .header { font-weight: bold; background: #e8eaed; }
  </style><table>${rows.join('\n')}</table>`;
}

async function main(): Promise<void> {
  const unitName = process.argv[2] ?? 'Huyện Thạch Hà';
  const out = resolve(process.argv[3] ?? 'docs/images/bao-cao-don-vi.png');
  const { workbook } = await readXlsx(resolve('examples/cchc-cap-huyen-2025.xlsx'));
  const result = scoreWorkbook(workbook);
  const unit = result.units.find((candidate) => candidate.unit === unitName);
  if (!unit) throw new Error(`no unit ${unitName}`);
  const [name] = reportTabNames([unit.unit], result.language);
  const tab = buildReportTab(result, unit, name as string);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(html(tab));
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
