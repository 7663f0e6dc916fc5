/**
 * `rank --out`: the input .xlsx with the generated tabs added, written without re-serialising the input. The tabs'
 * sheet parts are written straight from the core's tab model (src/cli/tab-parts.ts) and grafted into the input's
 * zip: the input's parts stay byte for byte as they were, only workbook.xml, its rels, [Content_Types].xml,
 * styles.xml and sharedStrings.xml gain the tabs' entries, and an earlier run's tabs are taken out. A layout this
 * does not know how to graft (no styles part, defined names over a replaced tab, …) is written the old way, by
 * exceljs reading and re-writing the whole workbook.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookResult } from '../core/types';
import { generatedLayouts, replacedByGeneratedTabs } from '../core/outputs/tab-layouts';
import { printTitles, tabParts, UnwritableCell, type TabParts } from './tab-parts';
import { writeGeneratedTabs } from './write-tabs';
import { exceljs, protectTexts } from './xlsx';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL}/worksheet`;
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STRINGS_TYPE = `${REL}/sharedStrings`;
const STRINGS_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';

/** A layout the graft does not handle; the caller writes the workbook the old way instead. */
class CannotGraft extends Error {}

function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new CannotGraft(what);
  return value;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}

function decode(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|apos|quot));/g, (_, hex, dec, name) =>
    hex
      ? String.fromCodePoint(parseInt(hex as string, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' } as Record<string, string>)[name as string]!,
  );
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function override(path: string): RegExp {
  return new RegExp(`<Override\\b[^>]*PartName="/${literal(path)}"[^>]*/>`);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function part(zip: JSZip, path: string): Promise<string> {
  return need(await zip.file(path)?.async('string'), path);
}

/** A path in the zip from a relationship target in xl/_rels/workbook.xml.rels. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

interface Relationship {
  id: string;
  type: string;
  path: string;
  xml: string;
}

function relationships(rels: string): Relationship[] {
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)].map(([xml]) => ({
    id: attr(xml, 'Id') ?? '',
    type: attr(xml, 'Type') ?? '',
    path: partPath(attr(xml, 'Target') ?? ''),
    xml,
  }));
}

/** The children of one styles.xml list (fonts, fills, borders, cellXfs): their XML, and the list's own bounds. */
function list(styles: string, name: string, child: string): { items: string[]; start: number; end: number } {
  const open = need(new RegExp(`<${name}\\b[^>]*>`).exec(styles), `styles ${name}`);
  if (open[0].endsWith('/>')) throw new CannotGraft(`empty ${name}`);
  const close = styles.indexOf(`</${name}>`, open.index);
  if (close < 0) throw new CannotGraft(`unclosed ${name}`);
  const body = styles.slice(open.index + open[0].length, close);
  const items = [...body.matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, 'g'))].map(
    ([xml]) => xml,
  );
  return { items, start: open.index, end: close + name.length + 3 };
}

function writeList(name: string, child: string, items: string[], openTag: string): string {
  const open = /\scount\s*=/.test(openTag)
    ? openTag.replace(/(\scount\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${items.length}"`)
    : openTag.replace(`<${name}`, `<${name} count="${items.length}"`);
  return `${open}${items.join('')}</${name}>`;
}

/**
 * The tabs' styles appended to the input's: fonts, fills, borders and cell formats after the input's own, custom
 * number formats under new ids. Returns the new styles.xml and the index the tabs' first cell format now has.
 */
function mergeStyles(input: string, tabs: string): { styles: string; xfOffset: number } {
  let styles = input;
  const offsets: Record<string, number> = {};
  for (const [name, child, key] of [
    ['fonts', 'font', 'fontId'],
    ['fills', 'fill', 'fillId'],
    ['borders', 'border', 'borderId'],
  ] as const) {
    const mine = list(styles, name, child);
    const theirs = list(tabs, name, child);
    offsets[key] = mine.items.length;
    const openTag = need(new RegExp(`<${name}\\b[^>]*>`).exec(styles.slice(mine.start)), name)[0];
    styles =
      styles.slice(0, mine.start) +
      writeList(name, child, [...mine.items, ...theirs.items], openTag) +
      styles.slice(mine.end);
  }

  // Custom number formats (ids from 164) get ids after the input's highest.
  const formats = [...styles.matchAll(/<numFmt\b[^>]*>/g)].map(([xml]) => Number(attr(xml, 'numFmtId')));
  let nextId = Math.max(163, ...formats) + 1;
  const renumbered = new Map<number, number>();
  const added: string[] = [];
  for (const [xml] of tabs.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attr(xml, 'numFmtId'));
    renumbered.set(id, nextId);
    added.push(
      `<numFmt numFmtId="${nextId}" formatCode="${escape(decode(attr(xml, 'formatCode') ?? ''))}"/>`,
    );
    nextId++;
  }
  if (added.length > 0) {
    if (/<numFmts\b[^>]*\/>/.test(styles)) throw new CannotGraft('empty numFmts');
    if (/<numFmts\b/.test(styles)) {
      const mine = list(styles, 'numFmts', 'numFmt');
      const openTag = need(/<numFmts\b[^>]*>/.exec(styles), 'numFmts')[0];
      styles =
        styles.slice(0, mine.start) +
        writeList('numFmts', 'numFmt', [...mine.items, ...added], openTag) +
        styles.slice(mine.end);
    } else {
      const root = need(/<styleSheet\b[^>]*>/.exec(styles), 'styleSheet');
      const at = root.index + root[0].length;
      styles = `${styles.slice(0, at)}<numFmts count="${added.length}">${added.join('')}</numFmts>${styles.slice(at)}`;
    }
  }

  const mine = list(styles, 'cellXfs', 'xf');
  const theirs = list(tabs, 'cellXfs', 'xf').items.map((xf) =>
    xf.replace(/\s(numFmtId|fontId|fillId|borderId)\s*=\s*"(\d+)"/g, (_, key: string, value: string) => {
      const n = Number(value);
      const mapped = key === 'numFmtId' ? (renumbered.get(n) ?? n) : n + (offsets[key] as number);
      return ` ${key}="${mapped}"`;
    }),
  );
  const openTag = need(/<cellXfs\b[^>]*>/.exec(styles), 'cellXfs')[0];
  styles =
    styles.slice(0, mine.start) +
    writeList('cellXfs', 'xf', [...mine.items, ...theirs], openTag) +
    styles.slice(mine.end);
  return { styles, xfOffset: mine.items.length };
}

/** The tabs' shared strings appended to the input's; returns the new part and the tabs' first string's index. */
function mergeStrings(input: string, tabs: string): { strings: string; offset: number } {
  const mine = list(input, 'sst', 'si');
  const theirs = list(tabs, 'sst', 'si');
  const open = need(/<sst\b[^>]*>/.exec(input), 'sst')[0];
  const references = (tag: string): number => Number(attr(tag, 'count') ?? Number.NaN);
  const count = references(open) + references(need(/<sst\b[^>]*>/.exec(tabs), 'sst')[0]);
  const items = [...mine.items, ...theirs.items];
  const tag = open
    .replace(/\s(count|uniqueCount)\s*=\s*(?:"[^"]*"|'[^']*')/g, '')
    .replace('<sst', `<sst${Number.isNaN(count) ? '' : ` count="${count}"`} uniqueCount="${items.length}"`);
  return {
    strings: `${input.slice(0, mine.start)}${tag}${items.join('')}</sst>${input.slice(mine.end)}`,
    offset: mine.items.length,
  };
}

function addDefinedNames(workbook: string, names: readonly string[]): string {
  if (names.length === 0) return workbook;
  if (workbook.includes('</definedNames>'))
    return workbook.replace('</definedNames>', `${names.join('')}</definedNames>`);
  if (/<definedNames\s*\/>/.test(workbook))
    return workbook.replace(/<definedNames\s*\/>/, `<definedNames>${names.join('')}</definedNames>`);
  return workbook.replace('</sheets>', `</sheets><definedNames>${names.join('')}</definedNames>`);
}

async function graft(input: Uint8Array, tabs: TabParts): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(input);

  let workbook = await part(zip, 'xl/workbook.xml');
  let rels = await part(zip, 'xl/_rels/workbook.xml.rels');
  let types = await part(zip, '[Content_Types].xml');
  const rPrefix = need(
    new RegExp(`xmlns:(\\w+)="${REL}"`).exec(workbook),
    'relationships namespace',
  )[1] as string;
  const inputRels = relationships(rels);
  const stylesPath = need(
    inputRels.find((rel) => rel.type.endsWith('/styles')),
    'styles part',
  ).path;

  // An earlier run's tabs go; their index shifts the sheets after them, so defined names must not depend on it.
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([xml]) => xml);
  const replaced = sheets.filter((xml) => replacedByGeneratedTabs(decode(attr(xml, 'name') ?? '')));
  if (replaced.length > 0 && /<definedName\b/.test(workbook)) throw new CannotGraft('defined names');
  for (const xml of replaced) {
    const id = attr(xml, `${rPrefix}:id`);
    const rel = need(
      inputRels.find((candidate) => candidate.id === id),
      'replaced tab relationship',
    );
    workbook = workbook.replace(xml, '');
    rels = rels.replace(rel.xml, '');
    types = types.replace(override(rel.path), '');
    zip.remove(rel.path);
    zip.remove(rel.path.replace(/([^/]+)$/, '_rels/$1.rels'));
  }
  if (replaced.length > 0) {
    // The calculation chain may name cells of the removed sheets; Excel rebuilds it when it is missing.
    const chain = inputRels.find((rel) => rel.type.endsWith('/calcChain'));
    if (chain) {
      rels = rels.replace(chain.xml, '');
      types = types.replace(override(chain.path), '');
      zip.remove(chain.path);
    }
  }

  const { styles, xfOffset } = mergeStyles(await part(zip, stylesPath), tabs.styles);
  zip.file(stylesPath, styles);

  const stringsRel = inputRels.find((rel) => rel.type === STRINGS_TYPE);
  const inputStrings = stringsRel ? await part(zip, stringsRel.path) : undefined;
  if (!stringsRel && zip.file('xl/sharedStrings.xml')) throw new CannotGraft('unlisted shared strings');
  const written = tabs.write(
    xfOffset,
    inputStrings === undefined ? 0 : list(inputStrings, 'sst', 'si').items.length,
  );
  if (stringsRel && inputStrings !== undefined) {
    zip.file(stringsRel.path, mergeStrings(inputStrings, written.strings).strings);
  } else {
    zip.file('xl/sharedStrings.xml', written.strings);
    let rid = 'rIdParStrings';
    while (rels.includes(`Id="${rid}"`)) rid += 'x';
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="${STRINGS_TYPE}" Target="sharedStrings.xml"/></Relationships>`,
    );
    types = types.replace(
      '</Types>',
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${STRINGS_CONTENT}"/></Types>`,
    );
  }

  let sheetId = Math.max(0, ...sheets.map((xml) => Number(attr(xml, 'sheetId') ?? 0)));
  let fileNumber = 1;
  const added: string[] = [];
  const before = sheets.length - replaced.length;
  for (const sheet of written.sheets) {
    while (zip.file(`xl/worksheets/sheet${fileNumber}.xml`)) fileNumber++;
    const path = `xl/worksheets/sheet${fileNumber}.xml`;
    zip.file(path, sheet.xml);
    let rid = `rIdPar${fileNumber}`;
    while (rels.includes(`Id="${rid}"`)) rid += 'x';
    sheetId++;
    added.push(`<sheet name="${escape(sheet.name)}" sheetId="${sheetId}" ${rPrefix}:id="${rid}"/>`);
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${fileNumber}.xml"/></Relationships>`,
    );
    types = types.replace(
      '</Types>',
      `<Override PartName="/${path}" ContentType="${WORKSHEET_CONTENT}"/></Types>`,
    );
  }
  if (!workbook.includes('</sheets>')) throw new CannotGraft('sheets');
  workbook = workbook.replace('</sheets>', `${added.join('')}</sheets>`);
  workbook = addDefinedNames(
    workbook,
    written.sheets.map((sheet, i) => printTitles(sheet.name, sheet.printTitleRows, before + i)),
  );

  zip.file('xl/workbook.xml', workbook);
  zip.file('xl/_rels/workbook.xml.rels', rels);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The old way: exceljs reads the whole input and writes it back with the tabs. */
async function rewrite(input: Uint8Array, result: WorkbookResult): Promise<Uint8Array> {
  const book = new (exceljs().Workbook)();
  await book.xlsx.load(input as unknown as ExcelJS.Buffer);
  protectTexts(book);
  writeGeneratedTabs(book, result);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The input workbook's bytes with the generated tabs of result added (an earlier run's replaced). */
export async function withGeneratedTabs(input: Uint8Array, result: WorkbookResult): Promise<Uint8Array> {
  try {
    return await graft(input, tabParts(generatedLayouts(result)));
  } catch (error) {
    if (!(error instanceof CannotGraft || error instanceof UnwritableCell)) throw error;
    return rewrite(input, result);
  }
}
