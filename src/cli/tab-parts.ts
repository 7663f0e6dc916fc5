/**
 * The generated tabs as .xlsx parts, written straight from the core's tab model: one sheet XML per tab, the cell
 * formats they use, their shared strings and their print titles. It writes what src/cli/write-tabs.ts has exceljs
 * write (the same values, number formats, fonts, wrapping, column widths, frozen rows and print setup; the tests
 * compare the two), without holding every cell as an object: the 40,000-row deductions tab of 700 units is a few
 * strings instead of a million cell objects.
 */
import { buildAnalysisTab } from '../core/outputs/analysis-tab';
import { buildDeductionsTab } from '../core/outputs/deductions-tab';
import { buildRankingTab } from '../core/outputs/ranking-tab';
import {
  columnIndex,
  contentWidth,
  FIRST_DATA_ROW,
  HEADER_ROW,
  NUMBER_FORMATS,
  rankOutOfFormat,
  TITLE_ROW,
  type Tab,
} from '../core/outputs/tab';
import type { Cell, WorkbookResult } from '../core/types';
import { escapeXlsxText } from './xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell these parts do not write (a date, a number that is not finite); the caller writes the tabs with exceljs. */
export class UnwritableCell extends Error {}

/** A tab and the formats it has beyond its columns' own. */
export interface TabLayout {
  tab: Tab;
  /** Number formats of single data cells, by 0-based data row, then 0-based column. */
  cellFormats?: ReadonlyMap<number, ReadonlyMap<number, string>>;
  /** 0-based data rows in bold. */
  boldRows?: ReadonlySet<number>;
}

/** The generated tabs of a result, in the order and with the formats write-tabs.ts gives them. */
export function generatedLayouts(result: WorkbookResult): TabLayout[] {
  const ranking = buildRankingTab(result);
  const rank = columnIndex(ranking, 'rank');
  const cellFormats = new Map<number, Map<number, string>>();
  for (const section of ranking.sections) {
    const format = rankOutOfFormat(section.ranked);
    for (let r = 0; r < section.ranked; r++) cellFormats.set(section.start + r, new Map([[rank, format]]));
  }
  const deductions = buildDeductionsTab(result);
  return [
    { tab: ranking, cellFormats },
    { tab: deductions, boldRows: new Set(deductions.totals) },
    { tab: buildAnalysisTab(result) },
  ];
}

type Font = 'normal' | 'title' | 'bold';
const FONTS: readonly Font[] = ['normal', 'title', 'bold'];
const FONT_XML: Record<Font, string> = {
  normal:
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  title: '<font><b/><sz val="13"/></font>',
  bold: '<font><b/></font>',
};

/** The number formats .xlsx knows without declaring them. */
const BUILT_IN_FORMATS: Record<string, number> = { '0': 1, '0.00': 2, '0.00%': 10, '@': 49 };
const FIRST_CUSTOM_FORMAT = 164;

interface Xf {
  format: string | null;
  font: Font;
  wrap: boolean;
}

/** The cell formats the tabs use, numbered from 1 (0 is the default format), and the custom number formats. */
class Styles {
  private readonly xfs: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly formats = new Map<string, number>();

  /** The index of a cell format, 0 for the default one. */
  index(xf: Xf): number {
    if (xf.format === null && xf.font === 'normal' && !xf.wrap) return 0;
    const key = `${xf.format ?? ''}\u0000${xf.font}\u0000${xf.wrap}`;
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.xfs.length + 1;
      this.byKey.set(key, index);
      this.xfs.push(this.xfXml(xf));
    }
    return index;
  }

  private formatId(format: string | null): number {
    if (format === null) return 0;
    const builtIn = BUILT_IN_FORMATS[format];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(format);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(format, id);
    }
    return id;
  }

  private xfXml(xf: Xf): string {
    const numFmtId = this.formatId(xf.format);
    const fontId = FONTS.indexOf(xf.font);
    const applied =
      (numFmtId > 0 ? ' applyNumberFormat="1"' : '') +
      (fontId > 0 ? ' applyFont="1"' : '') +
      (xf.wrap ? ' applyAlignment="1"' : '');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${applied}`;
    return xf.wrap ? `${head}><alignment vertical="top" wrapText="1"/></xf>` : `${head}/>`;
  }

  /** A complete styles part holding these formats, for the graft to append to the input's. */
  xml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', ...this.xfs];
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      `<fonts count="${FONTS.length}">${FONTS.map((font) => FONT_XML[font]).join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

/** Text as exceljs writes it into XML: markup escaped, the control characters XML cannot hold left out. */
function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 cannot hold
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|["&'<>]/g, (c) =>
    c === '"'
      ? '&quot;'
      : c === '&'
        ? '&amp;'
        : c === "'"
          ? '&apos;'
          : c === '<'
            ? '&lt;'
            : c === '>'
              ? '&gt;'
              : '',
  );
}

/** The tabs' shared strings, each text once, numbered after the input's own. */
class Strings {
  private readonly items: string[] = [];
  private readonly byText = new Map<string, number>();
  private references = 0;

  constructor(private readonly offset: number) {}

  index(text: string): number {
    this.references++;
    let index = this.byText.get(text);
    if (index === undefined) {
      index = this.offset + this.items.length;
      this.byText.set(text, index);
      const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
      this.items.push(`<si><t${space}>${xmlText(escapeXlsxText(text))}</t></si>`);
    }
    return index;
  }

  xml(): string {
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${this.references}" ` +
      `uniqueCount="${this.items.length}">${this.items.join('')}</sst>`
    );
  }
}

function columnLetters(n: number): string {
  let letters = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

/** The cell formats of one tab, by row kind and column, registered before any sheet is written. */
interface TabStyles {
  title: number[];
  header: number[];
  data: number[];
  bold: number[];
  /** The title, header and bold rows' own format (for cells beyond the written ones). */
  titleRow: number;
  headerRow: number;
  boldRow: number;
  cells: Map<number, Map<number, number>>;
}

function tabStyles(layout: TabLayout, styles: Styles): TabStyles {
  const { columns } = layout.tab;
  const format = (c: number): string | null => NUMBER_FORMATS[columns[c]!.format];
  const wrap = (c: number): boolean => columns[c]!.wrap;
  const each = (xf: (c: number) => Xf): number[] => columns.map((_, c) => styles.index(xf(c)));
  const cells = new Map<number, Map<number, number>>();
  for (const [r, formats] of layout.cellFormats ?? []) {
    const bold = layout.boldRows?.has(r) === true;
    cells.set(
      r,
      new Map(
        [...formats].map(([c, cellFormat]) => [
          c,
          styles.index({ format: cellFormat, font: bold ? 'bold' : 'normal', wrap: wrap(c) }),
        ]),
      ),
    );
  }
  return {
    title: each((c) => ({ format: '@', font: 'title', wrap: wrap(c) })),
    header: each(() => ({ format: '@', font: 'bold', wrap: true })),
    data: each((c) => ({ format: format(c), font: 'normal', wrap: wrap(c) })),
    bold: each((c) => ({ format: format(c), font: 'bold', wrap: wrap(c) })),
    titleRow: styles.index({ format: '@', font: 'title', wrap: false }),
    headerRow: styles.index({ format: '@', font: 'bold', wrap: true }),
    boldRow: styles.index({ format: null, font: 'bold', wrap: false }),
    cells,
  };
}

function cellXml(ref: string, value: Cell, style: number, xfOffset: number, strings: Strings): string {
  const s = style === 0 ? '' : ` s="${style + xfOffset}"`;
  if (value === null || value === '') return `<c r="${ref}"${s}/>`;
  if (typeof value === 'string') return `<c r="${ref}"${s} t="s"><v>${strings.index(value)}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  throw new UnwritableCell(String(value));
}

/**
 * One tab's sheet XML. As exceljs writes it: a row with any value has a cell for every value and one in every column
 * that has a format of its own, empty or not; the title, header and bold rows carry their format as a row format
 * too.
 */
function sheetXml(layout: TabLayout, own: TabStyles, xfOffset: number, strings: Strings): string {
  const { tab } = layout;
  const width = tab.columns.length;
  const letters = tab.columns.map((_, c) => columnLetters(c + 1));
  const rowFormat = (style: number): string => ` s="${style + xfOffset}" customFormat="1"`;
  const out: string[] = [];
  const row = (
    r: number,
    values: readonly Cell[],
    styles: readonly number[],
    format: string,
    cells?: Map<number, number>,
  ): void => {
    const line: string[] = [];
    let any = false;
    for (let c = 0; c < width; c++) {
      const value = values[c] ?? null;
      const hasValue = value !== null && value !== '';
      any ||= hasValue;
      if (!hasValue && own.data[c] === 0) continue;
      line.push(cellXml(`${letters[c]}${r}`, value, cells?.get(c) ?? styles[c]!, xfOffset, strings));
    }
    if (any) out.push(`<row r="${r}"${format}>${line.join('')}</row>`);
  };
  row(TITLE_ROW, [tab.title], own.title, rowFormat(own.titleRow));
  row(
    HEADER_ROW,
    tab.columns.map((column) => column.header),
    own.header,
    rowFormat(own.headerRow),
  );
  tab.rows.forEach((values, r) => {
    const bold = layout.boldRows?.has(r) === true;
    row(
      FIRST_DATA_ROW + r,
      values,
      bold ? own.bold : own.data,
      bold ? rowFormat(own.boldRow) : '',
      own.cells.get(r),
    );
  });
  const cols = tab.columns.map((_, c) => {
    const style = own.data[c]!;
    const styled = style === 0 ? '' : ` style="${style + xfOffset}"`;
    return `<col min="${c + 1}" max="${c + 1}" width="${contentWidth(tab, c) + 2}"${styled} customWidth="1"/>`;
  });
  const last = `${columnLetters(Math.max(1, width))}${FIRST_DATA_ROW + tab.rows.length - 1}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${HEADER_ROW}" topLeftCell="A${FIRST_DATA_ROW}" ` +
    'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/>${cols.length > 0 ? `<cols>${cols.join('')}</cols>` : ''}` +
    `<sheetData>${out.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>'
  );
}

/** The tabs' cell formats: a styles part to append to the input's, and how to write the sheets once it is. */
export interface TabParts {
  styles: string;
  /**
   * Each tab's name and sheet XML, given the index its first cell format and its first shared string take in the
   * output; and the shared strings part holding the tabs' texts.
   */
  write(xfOffset: number, stringOffset: number): { sheets: { name: string; xml: string }[]; strings: string };
}

export function tabParts(layouts: readonly TabLayout[]): TabParts {
  const styles = new Styles();
  const own = layouts.map((layout) => tabStyles(layout, styles));
  return {
    styles: styles.xml(),
    write(xfOffset, stringOffset) {
      const strings = new Strings(stringOffset);
      const sheets = layouts.map((layout, i) => ({
        name: layout.tab.name,
        xml: sheetXml(layout, own[i]!, xfOffset, strings),
      }));
      return { sheets, strings: strings.xml() };
    },
  };
}

/** The print titles (the title and header rows on every printed page) of the tab at 0-based sheet position. */
export function printTitles(name: string, position: number): string {
  const quoted = `'${name.replace(/'/g, "''")}'`;
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${position}">${xmlText(quoted)}!$${TITLE_ROW}:$${HEADER_ROW}</definedName>`;
}
