/**
 * The generated tabs as .xlsx parts, painted straight from the core's layouts (src/core/outputs/layout.ts): one
 * sheet XML per layout, the cell formats its looks need, its shared strings and its print titles. It paints what
 * src/cli/write-tabs.ts has exceljs paint from the same layouts (the tests compare the two), without holding every
 * cell as an object: the 40,000-row deductions tab of 700 units is a few strings instead of a million cell objects.
 */
import { type Cell, type Look, PLAIN, POINTS_PER_PIXEL, SECTION_LINE, type SheetLayout } from '../core';
import { escapeXlsxText } from './xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell these parts do not write (a date, a number that is not finite); the caller writes the tabs with exceljs. */
export class UnwritableCell extends Error {}

const NORMAL_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const NO_FILLS =
  '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>';
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const LINE_BORDER = `<border><left/><right/><top style="medium"><color rgb="FF${SECTION_LINE.slice(1).toUpperCase()}"/></top><bottom/><diagonal/></border>`;

/** The number formats .xlsx knows without declaring them. */
const BUILT_IN_FORMATS: Record<string, number> = { '0': 1, '0.00': 2, '0.00%': 10, '@': 49 };
const FIRST_CUSTOM_FORMAT = 164;

/** Numbers each distinct entry of a styles list from `first`, in the order first asked for. */
class Numbering {
  readonly items: string[] = [];
  private readonly byXml = new Map<string, number>();
  constructor(private readonly first: number) {}
  index(xml: string): number {
    let index = this.byXml.get(xml);
    if (index === undefined) {
      index = this.first + this.items.length;
      this.byXml.set(xml, index);
      this.items.push(xml);
    }
    return index;
  }
}

/** The cell formats the looks need, numbered from 1 (0 is the default format), and the custom number formats. */
class Styles {
  private readonly xfs = new Numbering(1);
  private readonly fonts = new Numbering(1);
  private readonly fills = new Numbering(2);
  private readonly formats = new Map<string, number>();
  private readonly byLook = new Map<Look, number>();

  /** The index of a look's cell format, 0 for the plain look. */
  index(look: Look): number {
    if (look === PLAIN) return 0;
    let index = this.byLook.get(look);
    if (index === undefined) {
      index = this.xfs.index(this.xfXml(look));
      this.byLook.set(look, index);
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

  private xfXml(look: Look): string {
    const numFmtId = this.formatId(look.format);
    const plainFont = !look.bold && look.size === null;
    const fontId = plainFont
      ? 0
      : this.fonts.index(
          `<font>${look.bold ? '<b/>' : ''}${look.size === null ? '' : `<sz val="${look.size}"/>`}</font>`,
        );
    const fillId =
      look.fill === null
        ? 0
        : this.fills.index(
            `<fill><patternFill patternType="solid"><fgColor rgb="FF${look.fill.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`,
          );
    const borderId = look.line ? 1 : 0;
    const applied =
      (numFmtId > 0 ? ' applyNumberFormat="1"' : '') +
      (fontId > 0 ? ' applyFont="1"' : '') +
      (fillId > 0 ? ' applyFill="1"' : '') +
      (borderId > 0 ? ' applyBorder="1"' : '') +
      (look.wrap ? ' applyAlignment="1"' : '');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    return look.wrap ? `${head}><alignment vertical="top" wrapText="1"/></xf>` : `${head}/>`;
  }

  /** A complete styles part holding these formats, for the graft to append to the input's. */
  xml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    const fonts = [NORMAL_FONT, ...this.fonts.items];
    const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', ...this.xfs.items];
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${2 + this.fills.items.length}">${NO_FILLS}${this.fills.items.join('')}</fills>` +
      `<borders count="2">${NO_BORDER}${LINE_BORDER}</borders>` +
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

function cellXml(ref: string, value: Cell, style: number, xfOffset: number, strings: Strings): string {
  const s = style === 0 ? '' : ` s="${style + xfOffset}"`;
  if (value === null || value === '') return `<c r="${ref}"${s}/>`;
  if (typeof value === 'string') return `<c r="${ref}"${s} t="s"><v>${strings.index(value)}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  throw new UnwritableCell(String(value));
}

/** One layout's sheet XML: a cell wherever there is a value or a look, each with its cell format. */
function sheetXml(layout: SheetLayout, styles: Styles, xfOffset: number, strings: Strings): string {
  const { width } = layout;
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c + 1));
  const heights = new Map(layout.heights.map((height) => [height.row, height.pixels * POINTS_PER_PIXEL]));
  const out: string[] = [];
  layout.values.forEach((values, i) => {
    const r = i + 1;
    const looks = layout.looks[i] as readonly Look[];
    const line: string[] = [];
    for (let c = 0; c < width; c++) {
      const value = values[c] ?? null;
      const look = looks[c] as Look;
      if ((value === null || value === '') && look === PLAIN) continue;
      line.push(cellXml(`${letters[c]}${r}`, value, styles.index(look), xfOffset, strings));
    }
    const height = heights.get(r);
    const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    if (line.length > 0 || ht !== '') out.push(`<row r="${r}"${ht}>${line.join('')}</row>`);
  });
  const cols = layout.widths.map(
    (w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`,
  );
  const span = (m: { row: number; column: number; rows: number; columns: number }): string =>
    `${columnLetters(m.column)}${m.row}:${columnLetters(m.column + m.columns - 1)}${m.row + m.rows - 1}`;
  const merges = layout.merges.map((m) => `<mergeCell ref="${span(m)}"/>`);
  const last = `${columnLetters(Math.max(1, width))}${Math.max(1, layout.values.length)}`;
  const frozen = layout.frozenRows;
  const pane =
    frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
      : '';
  const gridlines = layout.gridlines ? '' : ' showGridLines="0"';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView${gridlines} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols.length > 0 ? `<cols>${cols.join('')}</cols>` : ''}` +
    `<sheetData>${out.join('')}</sheetData>` +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup orientation="${layout.orientation}" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}

/** The tabs' cell formats: a styles part to append to the input's, and how to write the sheets once it is. */
export interface TabParts {
  styles: string;
  /**
   * Each tab's name, sheet XML and print title rows, given the index its first cell format and its first shared
   * string take in the output; and the shared strings part holding the tabs' texts.
   */
  write(
    xfOffset: number,
    stringOffset: number,
  ): { sheets: { name: string; xml: string; printTitleRows: number }[]; strings: string };
}

export function tabParts(layouts: readonly SheetLayout[]): TabParts {
  const styles = new Styles();
  for (const layout of layouts)
    for (const row of new Set(layout.looks)) for (const look of row) styles.index(look);
  return {
    styles: styles.xml(),
    write(xfOffset, stringOffset) {
      const strings = new Strings(stringOffset);
      const sheets = layouts.map((layout) => ({
        name: layout.name,
        xml: sheetXml(layout, styles, xfOffset, strings),
        printTitleRows: layout.printTitleRows,
      }));
      return { sheets, strings: strings.xml() };
    },
  };
}

/** The print titles (rows 1 to `rows`, on every printed page) of the tab at 0-based sheet position; '' for none. */
export function printTitles(name: string, rows: number, position: number): string {
  if (rows === 0) return '';
  const quoted = `'${name.replace(/'/g, "''")}'`;
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${position}">${xmlText(quoted)}!$1:$${rows}</definedName>`;
}
