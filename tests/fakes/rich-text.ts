// RichTextValue and its builder (text with links). Value objects: calls are not counted.

import type { FakeContext } from './context';
import { TextStyleImpl } from './formats';

export interface RichTextLink {
  start: number;
  end: number;
  url: string;
}

export class RichTextValueImpl {
  constructor(
    private readonly _ctx: FakeContext,
    readonly _text: string,
    readonly _links: readonly RichTextLink[],
    readonly _start = 0,
  ) {}

  getText(): string {
    return this._text;
  }

  getStartIndex(): number {
    return this._start;
  }

  getEndIndex(): number {
    return this._start + this._text.length;
  }

  /**
   * getLinkUrl(): the URL when one link covers the whole text, else null.
   * getLinkUrl(startOffset, endOffset): the same for a part of the text.
   */
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    const start = startOffset ?? 0;
    const end = endOffset ?? this._text.length;
    if (end <= start) return null;
    const link = this._links.find((l) => l.start <= start && l.end >= end);
    return link ? link.url : null;
  }

  /** Runs split at link boundaries; each run is a RichTextValue with its own start index. */
  getRuns(): RichTextValueImpl[] {
    const cuts = new Set<number>([0, this._text.length]);
    for (const l of this._links) {
      cuts.add(l.start);
      cuts.add(l.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: RichTextValueImpl[] = [];
    for (let i = 0; i + 1 < points.length; i += 1) {
      const s = points[i] ?? 0;
      const e = points[i + 1] ?? 0;
      if (e <= s) continue;
      const links = this._links
        .filter((l) => l.start < e && l.end > s)
        .map((l) => ({ start: Math.max(l.start, s) - s, end: Math.min(l.end, e) - s, url: l.url }));
      runs.push(new RichTextValueImpl(this._ctx, this._text.slice(s, e), links, this._start + s));
    }
    return this._ctx.array(runs);
  }

  getTextStyle(): TextStyleImpl {
    return new TextStyleImpl({});
  }

  copy(): RichTextValueBuilderImpl {
    const b = new RichTextValueBuilderImpl(this._ctx);
    b.setText(this._text);
    for (const l of this._links) b.setLinkUrl(l.start, l.end, l.url);
    return b;
  }

  toString(): string {
    return 'RichTextValue';
  }
}

export class RichTextValueBuilderImpl {
  private text = '';
  private urls: (string | null)[] = [];

  constructor(private readonly _ctx: FakeContext) {}

  setText(text: string): this {
    this.text = String(text);
    this.urls = new Array<string | null>(this.text.length).fill(null);
    return this;
  }

  /** Overloads: setLinkUrl(url) for the whole text, setLinkUrl(startOffset, endOffset, url). */
  setLinkUrl(a: unknown, b?: unknown, c?: unknown): this {
    if (b === undefined && c === undefined) {
      const url = a === null ? null : String(a);
      this.urls.fill(url);
      return this;
    }
    if (typeof a !== 'number' || typeof b !== 'number') {
      throw this._ctx.badArgs('SpreadsheetApp.RichTextValueBuilder.setLinkUrl', [a, b, c]);
    }
    if (a < 0 || b > this.text.length || a >= b) {
      throw this._ctx.error(`Invalid offsets: start ${a}, end ${b}, text length ${this.text.length}.`);
    }
    this.urls.fill(c === null || c === undefined ? null : String(c), a, b);
    return this;
  }

  /** Accepted and ignored: text styles are not modelled in rich text. */
  setTextStyle(..._args: unknown[]): this {
    return this;
  }

  build(): RichTextValueImpl {
    const links: RichTextLink[] = [];
    let i = 0;
    while (i < this.urls.length) {
      const url = this.urls[i] ?? null;
      let j = i + 1;
      while (j < this.urls.length && (this.urls[j] ?? null) === url) j += 1;
      if (url) links.push({ start: i, end: j, url });
      i = j;
    }
    return new RichTextValueImpl(this._ctx, this.text, links);
  }
}
