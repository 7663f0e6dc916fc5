/**
 * The generated tabs' cell formats appended to the input's styles.xml: fonts, fills, borders and cell formats after
 * the input's own, custom number formats under ids after the input's highest. Lists the input lacks or writes empty
 * (openpyxl's `<numFmts count="0"/>`, a workbook with no styles part at all) are created in the schema's order.
 */
import type { Element } from '@xmldom/xmldom';
import { child, children, element, MAIN, need, parseXml, root, serializeXml } from './xml-part';

/** The style sheet's lists in the order the schema (CT_Stylesheet) gives them. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** A style sheet with no lists, for a workbook without a styles part. */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"/>`;

/** The list element `name`, created in its place when the style sheet has none. */
function list(sheet: Element, name: string): Element {
  const found = child(sheet, MAIN, name);
  if (found) return found;
  const later = ORDER.slice(ORDER.indexOf(name) + 1);
  let next = sheet.firstChild;
  while (next && !(next.namespaceURI === MAIN && later.includes((next as Element).localName ?? '')))
    next = next.nextSibling;
  const created = element(sheet, name, {});
  sheet.insertBefore(created, next);
  return created;
}

/** Appends items to the list and sets its count; returns how many items it held before. */
function extend(sheet: Element, name: string, item: string, items: readonly Element[]): number {
  const target = list(sheet, name);
  const before = children(target, MAIN, item).length;
  const document = need(sheet.ownerDocument, 'styles document');
  for (const added of items) target.appendChild(document.importNode(added, true));
  target.setAttribute('count', String(before + items.length));
  return before;
}

/** The tabs' styles (a complete styles part) appended to the input's; the index the tabs' first cell format takes. */
export function mergeStyles(input: string, tabs: string): { styles: string; xfOffset: number } {
  const document = parseXml(input, 'styles');
  const sheet = root(document, MAIN, 'styleSheet', 'styles');
  const theirs = root(parseXml(tabs, 'tab styles'), MAIN, 'styleSheet', 'tab styles');
  const items = (name: string, item: string): Element[] => {
    const found = child(theirs, MAIN, name);
    return found ? children(found, MAIN, item) : [];
  };

  const offsets = new Map<string, number>();
  for (const [name, item, key] of [
    ['fonts', 'font', 'fontId'],
    ['fills', 'fill', 'fillId'],
    ['borders', 'border', 'borderId'],
  ] as const)
    offsets.set(key, extend(sheet, name, item, items(name, item)));

  // Custom number formats (ids from 164) get ids after the input's highest.
  const formats = items('numFmts', 'numFmt');
  const renumbered = new Map<string, string>();
  if (formats.length > 0) {
    const own = children(list(sheet, 'numFmts'), MAIN, 'numFmt').map((format) =>
      Number(format.getAttribute('numFmtId')),
    );
    let next = Math.max(163, ...own.filter(Number.isFinite)) + 1;
    const added = formats.map((format) => {
      const id = String(next++);
      renumbered.set(need(format.getAttribute('numFmtId'), 'numFmtId'), id);
      return element(sheet, 'numFmt', { numFmtId: id, formatCode: format.getAttribute('formatCode') ?? '' });
    });
    extend(sheet, 'numFmts', 'numFmt', added);
  }

  const remapped = (xf: Element): Element => {
    const copy = xf.cloneNode(true) as Element;
    const id = copy.getAttribute('numFmtId');
    if (id !== null) copy.setAttribute('numFmtId', renumbered.get(id) ?? id);
    for (const [key, offset] of offsets) {
      const value = copy.getAttribute(key);
      if (value !== null) copy.setAttribute(key, String(Number(value) + offset));
    }
    return copy;
  };
  // The tabs' formats are based on the input's Normal style; a workbook without one gets the tabs' own.
  if (!child(sheet, MAIN, 'cellStyleXfs')) {
    extend(sheet, 'cellStyleXfs', 'xf', items('cellStyleXfs', 'xf').map(remapped));
    if (!child(sheet, MAIN, 'cellStyles'))
      extend(sheet, 'cellStyles', 'cellStyle', items('cellStyles', 'cellStyle'));
  }
  const xfOffset = extend(sheet, 'cellXfs', 'xf', items('cellXfs', 'xf').map(remapped));
  return { styles: serializeXml(document), xfOffset };
}
