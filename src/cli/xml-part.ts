/**
 * The .xlsx parts the `--out` graft changes (workbook.xml, its rels, [Content_Types].xml, styles.xml,
 * sharedStrings.xml), read and written with an XML parser: namespace prefixes, attribute order and quoting,
 * entities, comments and CDATA are whatever the producer wrote, and a regular expression can be fooled by any of them.
 */
import {
  DOMParser,
  onErrorStopParsing,
  ParseError,
  XMLSerializer,
  type Document,
  type Element,
} from '@xmldom/xmldom';

/** A layout the graft cannot write into; the caller has exceljs re-serialise the input first. */
export class CannotGraft extends Error {}

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';

export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new CannotGraft(what);
  return value;
}

/** A part parsed; any error in it (not only a fatal one) is a layout the graft does not write into. */
export function parseXml(xml: string, what: string): Document {
  try {
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
  } catch (error) {
    if (error instanceof ParseError) throw new CannotGraft(`${what}: ${error.message}`);
    throw error;
  }
}

export function serializeXml(document: Document): string {
  return new XMLSerializer().serializeToString(document);
}

/** The document's root element, which must be `localName` in namespace `ns`. */
export function root(document: Document, ns: string, localName: string, what: string): Element {
  const element = document.documentElement;
  if (!element || element.namespaceURI !== ns || element.localName !== localName)
    throw new CannotGraft(`${what}: not a ${localName} part`);
  return element;
}

/** The child elements of parent named `localName` in namespace `ns`, in document order. */
export function children(parent: Element, ns: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const element = node as Element;
    if (node.nodeType === node.ELEMENT_NODE && element.namespaceURI === ns && element.localName === localName)
      found.push(element);
  }
  return found;
}

export function child(parent: Element, ns: string, localName: string): Element | undefined {
  return children(parent, ns, localName)[0];
}

/** A new element in parent's namespace, spelt with parent's prefix, with the given attributes (not yet placed). */
export function element(parent: Element, localName: string, attributes: Record<string, string>): Element {
  const document = need(parent.ownerDocument, 'document');
  const created = document.createElementNS(
    parent.namespaceURI,
    parent.prefix ? `${parent.prefix}:${localName}` : localName,
  );
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
}

/** Appends a new element to parent. */
export function append(parent: Element, localName: string, attributes: Record<string, string>): Element {
  const created = element(parent, localName, attributes);
  parent.appendChild(created);
  return created;
}

export function remove(node: Element): void {
  node.parentNode?.removeChild(node);
}
