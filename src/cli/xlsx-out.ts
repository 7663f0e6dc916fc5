/**
 * `rank --out`: the input .xlsx with the generated tabs added, written without re-serialising the input. The tabs'
 * sheet parts are written straight from the core's tab model (src/cli/tab-parts.ts) and grafted into the input's
 * zip: the input's parts stay byte for byte as they were, only workbook.xml, its rels, [Content_Types].xml,
 * styles.xml and sharedStrings.xml gain the tabs' entries (read and written with an XML parser, src/cli/xml-part.ts),
 * and an earlier run's tabs are taken out. It takes what Excel, Google Sheets, LibreOffice, openpyxl and exceljs
 * write: prefixed or default namespaces, absolute or relative relationship targets, no styles or shared-strings
 * part, inline strings, empty lists, defined names over any sheet, a sheet named History.
 *
 * A part the graft cannot read (not well-formed XML, a workbook without a sheets list, a sheet without its
 * relationship, a shared-strings part the workbook does not list) is re-serialised first by exceljs, and the same
 * tab parts are grafted into exceljs's copy: the tabs come out the same either way.
 */
import type { Document, Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { generatedLayouts, replacedByGeneratedTabs, type WorkbookResult } from '../core';
import { definedNames, renumberSheets } from './graft-names';
import { EMPTY_STYLES, mergeStyles } from './graft-styles';
import { printTitles, tabParts, UnwritableCell, type TabParts } from './tab-parts';
import { writeGeneratedTabs } from './write-tabs';
import { loadXlsx, protectTexts } from './xlsx';
import {
  append,
  CannotGraft,
  child,
  children,
  CONTENT_TYPES,
  MAIN,
  need,
  PACKAGE_RELS,
  parseXml,
  REL,
  remove,
  root,
  serializeXml,
} from './xml-part';

const TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

async function part(zip: JSZip, path: string): Promise<string> {
  return need(await zip.file(path)?.async('string'), path);
}

/** A path in the zip from a relationship target in xl/_rels/workbook.xml.rels, relative or absolute. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The package's parts are named case-insensitively; this finds a free name for a new one. */
function freeName(zip: JSZip, name: (n: number) => string): string {
  const taken = new Set(Object.keys(zip.files).map((path) => path.toLowerCase()));
  let n = 1;
  while (taken.has(name(n).toLowerCase())) n++;
  return name(n);
}

/** The workbook's relationships (xl/_rels/workbook.xml.rels) and content types, changed together. */
class Package {
  readonly relsDocument: Document;
  readonly typesDocument: Document;
  private readonly rels: Element;
  private readonly types: Element;

  constructor(rels: string, types: string) {
    this.relsDocument = parseXml(rels, 'workbook rels');
    this.typesDocument = parseXml(types, 'content types');
    this.rels = root(this.relsDocument, PACKAGE_RELS, 'Relationships', 'workbook rels');
    this.types = root(this.typesDocument, CONTENT_TYPES, 'Types', 'content types');
  }

  relationships(): Element[] {
    return children(this.rels, PACKAGE_RELS, 'Relationship').filter(
      (rel) => rel.getAttribute('TargetMode') !== 'External',
    );
  }

  byType(type: string): Element | undefined {
    return this.relationships().find((rel) => (rel.getAttribute('Type') ?? '').endsWith(`/${type}`));
  }

  byId(id: string | null): Element | undefined {
    return this.relationships().find((rel) => rel.getAttribute('Id') === id);
  }

  path(rel: Element): string {
    return partPath(rel.getAttribute('Target') ?? '');
  }

  /** A new part of the workbook: its relationship (with a fresh id, returned) and its content type. */
  add(type: string, path: string, contentType: string): string {
    const ids = new Set(this.relationships().map((rel) => rel.getAttribute('Id')));
    let n = 1;
    while (ids.has(`rIdPar${n}`)) n++;
    const id = `rIdPar${n}`;
    append(this.rels, 'Relationship', { Id: id, Type: `${REL}/${type}`, Target: path.slice('xl/'.length) });
    append(this.types, 'Override', { PartName: `/${path}`, ContentType: contentType });
    return id;
  }

  /** Takes a part's relationship and content type out. */
  drop(rel: Element): void {
    const name = `/${this.path(rel)}`.toLowerCase();
    for (const override of children(this.types, CONTENT_TYPES, 'Override'))
      if ((override.getAttribute('PartName') ?? '').toLowerCase() === name) remove(override);
    remove(rel);
  }
}

/** The input's shared strings, to which the tabs' are appended. */
class SharedStrings {
  private readonly document: Document;
  private readonly table: Element;

  constructor(xml: string) {
    this.document = parseXml(xml, 'shared strings');
    this.table = root(this.document, MAIN, 'sst', 'shared strings');
  }

  get length(): number {
    return children(this.table, MAIN, 'si').length;
  }

  /** The part with the tabs' strings (a complete shared-strings part) appended. */
  merged(tabs: string): string {
    const theirs = root(parseXml(tabs, 'tab strings'), MAIN, 'sst', 'tab strings');
    for (const item of children(theirs, MAIN, 'si'))
      this.table.appendChild(this.document.importNode(item, true));
    const count = Number(this.table.getAttribute('count'));
    if (this.table.hasAttribute('count') && Number.isInteger(count))
      this.table.setAttribute('count', String(count + Number(theirs.getAttribute('count'))));
    this.table.setAttribute('uniqueCount', String(this.length));
    return serializeXml(this.document);
  }
}

async function graft(input: Uint8Array, tabs: TabParts): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(input);
  const workbookDocument = parseXml(await part(zip, 'xl/workbook.xml'), 'workbook');
  const workbook = root(workbookDocument, MAIN, 'workbook', 'workbook');
  const pkg = new Package(
    await part(zip, 'xl/_rels/workbook.xml.rels'),
    await part(zip, '[Content_Types].xml'),
  );
  const sheetList = need(child(workbook, MAIN, 'sheets'), 'sheets');
  const sheets = children(sheetList, MAIN, 'sheet');

  // An earlier run's tabs go: their sheet, relationship, content type and part (and the part's own rels).
  const removed = new Set<number>();
  const removedNames: string[] = [];
  sheets.forEach((sheet, i) => {
    const name = sheet.getAttribute('name') ?? '';
    if (!replacedByGeneratedTabs(name)) return;
    const rel = need(pkg.byId(sheet.getAttributeNS(REL, 'id')), `relationship of ${name}`);
    const path = pkg.path(rel);
    removed.add(i);
    removedNames.push(name);
    remove(sheet);
    pkg.drop(rel);
    zip.remove(path);
    zip.remove(path.replace(/([^/]+)$/, '_rels/$1.rels'));
  });
  if (removed.size > 0) {
    // The calculation chain may name cells of the removed sheets; Excel rebuilds it when it is missing.
    const chain = pkg.byType('calcChain');
    if (chain) {
      zip.remove(pkg.path(chain));
      pkg.drop(chain);
    }
  }

  const stylesRel = pkg.byType('styles');
  const stylesPath = stylesRel
    ? pkg.path(stylesRel)
    : freeName(zip, (n) => `xl/styles${n === 1 ? '' : n}.xml`);
  const { styles, xfOffset } = mergeStyles(
    stylesRel ? await part(zip, stylesPath) : EMPTY_STYLES,
    tabs.styles,
  );
  if (!stylesRel) pkg.add('styles', stylesPath, TYPES.styles);
  zip.file(stylesPath, styles);

  const stringsRel = pkg.byType('sharedStrings');
  if (!stringsRel && zip.file(/^xl\/sharedStrings\.xml$/i).length > 0)
    throw new CannotGraft('unlisted shared strings');
  const inputStrings = stringsRel && new SharedStrings(await part(zip, pkg.path(stringsRel)));
  const written = tabs.write(xfOffset, inputStrings ? inputStrings.length : 0);
  if (stringsRel && inputStrings) {
    zip.file(pkg.path(stringsRel), inputStrings.merged(written.strings));
  } else {
    zip.file('xl/sharedStrings.xml', written.strings);
    pkg.add('sharedStrings', 'xl/sharedStrings.xml', TYPES.sharedStrings);
  }

  const kept = sheets.length - removed.size;
  renumberSheets(
    workbook,
    sheets.length,
    removed,
    removedNames,
    written.sheets.map((sheet) => sheet.name),
  );
  let sheetId = Math.max(0, ...sheets.map((sheet) => Number(sheet.getAttribute('sheetId')) || 0));
  const prefix = sheetList.lookupPrefix(REL) ?? 'r';
  written.sheets.forEach((sheet, i) => {
    const path = freeName(zip, (n) => `xl/worksheets/sheet${n}.xml`);
    zip.file(path, sheet.xml);
    const id = pkg.add('worksheet', path, TYPES.worksheet);
    append(sheetList, 'sheet', { name: sheet.name, sheetId: String(++sheetId) }).setAttributeNS(
      REL,
      `${prefix}:id`,
      id,
    );
    const name = printTitles(sheet.name, sheet.printTitleRows, kept + i);
    if (name === '') return;
    const titles = parseXml(`<n xmlns="${MAIN}">${name}</n>`, 'print titles');
    definedNames(workbook).appendChild(
      workbookDocument.importNode(need(titles.documentElement?.firstChild, 'print titles'), true),
    );
  });

  zip.file('xl/workbook.xml', serializeXml(workbookDocument));
  zip.file('xl/_rels/workbook.xml.rels', serializeXml(pkg.relsDocument));
  zip.file('[Content_Types].xml', serializeXml(pkg.typesDocument));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** exceljs's copy of the input, for a layout the graft cannot read: every sheet, its values and formats. */
async function reserialised(input: Uint8Array): Promise<Uint8Array> {
  const book = await loadXlsx(input);
  protectTexts(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The way the tabs reach the file: grafted into the input, or into exceljs's copy of it. */
export type Way = 'graft' | 'reserialise';

/** The input with the tabs grafted the given way; the graft's own failure is thrown, not recovered from. */
export async function grafted(input: Uint8Array, result: WorkbookResult, way: Way): Promise<Uint8Array> {
  const tabs = tabParts(generatedLayouts(result));
  return graft(way === 'graft' ? input : await reserialised(input), tabs);
}

/** The input workbook's bytes with the generated tabs of result added (an earlier run's replaced). */
export async function withGeneratedTabs(input: Uint8Array, result: WorkbookResult): Promise<Uint8Array> {
  try {
    try {
      return await grafted(input, result, 'graft');
    } catch (error) {
      if (!(error instanceof CannotGraft)) throw error;
      return await grafted(input, result, 'reserialise');
    }
  } catch (error) {
    if (!(error instanceof UnwritableCell)) throw error;
    // A value the tab parts cannot write (a date, a number that is not finite; the core makes neither): exceljs
    // writes the whole workbook, tabs included.
    const book = await loadXlsx(input);
    protectTexts(book);
    writeGeneratedTabs(book, result);
    return new Uint8Array(await book.xlsx.writeBuffer());
  }
}
