/**
 * The only way the sidebar builds markup: createElement, setAttribute with fixed names, and text nodes.
 * Workbook data (unit names, messages, sheet names) goes in as text, never parsed as HTML.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  id?: string;
  /** Attribute names are always literals in this code base; values may be data. */
  attrs?: Record<string, string>;
  onClick?: (event: Event) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  if (props.onClick) node.addEventListener('click', props.onClick);
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of `parent`. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

export function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
