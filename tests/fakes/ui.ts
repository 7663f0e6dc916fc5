// Ui (menus, sidebars, dialogs, alerts) and HtmlService.

import type { FakeContext } from './context';
import { Button, ButtonSet, SandboxMode, XFrameOptionsMode } from './enums';

export class HtmlOutputImpl {
  _title = '';
  _width = 300;
  _height = 500;
  _sandboxMode: string = SandboxMode.IFRAME;
  _metaTags: { name: string; content: string }[] = [];

  constructor(public _content: string) {}

  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number): this {
    this._width = width;
    return this;
  }
  getWidth(): number {
    return this._width;
  }
  setHeight(height: number): this {
    this._height = height;
    return this;
  }
  getHeight(): number {
    return this._height;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): this {
    this._content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    return this.append(
      String(addedContent).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    );
  }
  clear(): this {
    this._content = '';
    return this;
  }
  setSandboxMode(mode: unknown): this {
    this._sandboxMode = String(mode);
    return this;
  }
  getSandboxMode(): string {
    return this._sandboxMode;
  }
  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }
  setFaviconUrl(_iconUrl: string): this {
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this._metaTags.push({ name, content });
    return this;
  }
  toString(): string {
    return 'HtmlOutput';
  }
}

/** Scriptlets (<? ?>, <?= ?>, <?!= ?>) are not evaluated: evaluate() returns the raw file. */
export class HtmlTemplateImpl {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _raw: string,
  ) {}
  evaluate(): HtmlOutputImpl {
    return this._ctx.wrap(new HtmlOutputImpl(this._raw), 'HtmlOutput');
  }
  getRawContent(): string {
    return this._raw;
  }
  toString(): string {
    return 'HtmlTemplate';
  }
}

export class HtmlServiceImpl {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly _ctx: FakeContext) {}

  private _file(filename: unknown, method: string): string {
    if (typeof filename !== 'string') throw this._ctx.badArgs(`HtmlService.${method}`, [filename]);
    const name = filename.replace(/\.html$/, '');
    const content = this._ctx.htmlFiles[name];
    if (content === undefined) throw this._ctx.error(`No HTML file named ${name} was found.`);
    return content;
  }

  /** Overloads implemented: createHtmlOutput(), createHtmlOutput(html: string). */
  createHtmlOutput(html?: unknown): HtmlOutputImpl {
    return this._ctx.wrap(new HtmlOutputImpl(html === undefined ? '' : String(html)), 'HtmlOutput');
  }
  createHtmlOutputFromFile(filename: unknown): HtmlOutputImpl {
    return this._ctx.wrap(new HtmlOutputImpl(this._file(filename, 'createHtmlOutputFromFile')), 'HtmlOutput');
  }
  createTemplate(html: unknown): HtmlTemplateImpl {
    return this._ctx.wrap(new HtmlTemplateImpl(this._ctx, String(html)), 'HtmlTemplate');
  }
  createTemplateFromFile(filename: unknown): HtmlTemplateImpl {
    return this._ctx.wrap(
      new HtmlTemplateImpl(this._ctx, this._file(filename, 'createTemplateFromFile')),
      'HtmlTemplate',
    );
  }
}

type MenuEntry = { caption: string; functionName: string } | { sub: MenuImpl } | { separator: true };

export class MenuImpl {
  private readonly _entries: MenuEntry[] = [];

  constructor(
    private readonly _ctx: FakeContext,
    readonly _title: string,
  ) {}

  addItem(caption: unknown, functionName: unknown): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw this._ctx.badArgs('Ui.Menu.addItem', [caption, functionName]);
    }
    this._entries.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this._entries.push({ separator: true });
    return this;
  }
  addSubMenu(menu: unknown): this {
    const m = this._ctx.unwrap(menu);
    if (!(m instanceof MenuImpl)) throw this._ctx.badArgs('Ui.Menu.addSubMenu', [menu]);
    this._entries.push({ sub: m });
    return this;
  }
  /** Records the menu; items of a submenu are listed as "Submenu > Item", separators are left out. */
  addToUi(): void {
    this._ctx.ui.menus.push({ title: this._title, items: this._flatten('') });
  }
  _flatten(prefix: string): { caption: string; functionName: string }[] {
    const out: { caption: string; functionName: string }[] = [];
    for (const e of this._entries) {
      if ('sub' in e) out.push(...e.sub._flatten(`${prefix}${e.sub._title} > `));
      else if ('caption' in e) out.push({ caption: `${prefix}${e.caption}`, functionName: e.functionName });
    }
    return out;
  }
  toString(): string {
    return 'Menu';
  }
}

export interface PromptResponse {
  getResponseText(): string;
  getSelectedButton(): string;
}

export class UiImpl {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly _ctx: FakeContext) {}

  private _html(userInterface: unknown, method: string): HtmlOutputImpl {
    const out = this._ctx.unwrap(userInterface);
    if (!(out instanceof HtmlOutputImpl)) throw this._ctx.badArgs(`Ui.${method}`, [userInterface]);
    return out;
  }

  /** The add-on menu is titled with the environment's addonName. */
  createAddonMenu(): MenuImpl {
    return this._ctx.wrap(new MenuImpl(this._ctx, this._ctx.addonName), 'Menu');
  }
  createMenu(caption: unknown): MenuImpl {
    return this._ctx.wrap(new MenuImpl(this._ctx, String(caption)), 'Menu');
  }
  showSidebar(userInterface: unknown): void {
    const out = this._html(userInterface, 'showSidebar');
    this._ctx.ui.sidebars.push({ title: out._title, html: out._content, metaTags: [...out._metaTags] });
  }
  showModalDialog(userInterface: unknown, title: unknown): void {
    const out = this._html(userInterface, 'showModalDialog');
    this._ctx.ui.dialogs.push({ title: String(title), html: out._content, modal: true });
  }
  showModelessDialog(userInterface: unknown, title: unknown): void {
    const out = this._html(userInterface, 'showModelessDialog');
    this._ctx.ui.dialogs.push({ title: String(title), html: out._content, modal: false });
  }
  /**
   * Overloads: alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons).
   * Records "prompt" or "title\nprompt"; answers with env.alertReply, else OK (YES for yes/no sets).
   */
  alert(a: unknown, b?: unknown, c?: unknown): string {
    const [title, prompt, buttons] = c === undefined ? [undefined, a, b] : [a, b, c];
    const message = title === undefined ? String(prompt) : `${String(title)}\n${String(prompt)}`;
    this._ctx.ui.alerts.push(message);
    const set = buttons === undefined ? ButtonSet.OK : String(buttons);
    return this._ctx.alertReply?.(message, set) ?? (set.startsWith('YES') ? Button.YES : Button.OK);
  }
  /** Overloads as alert; answers with env.promptReply, else OK and ''. */
  prompt(a: unknown, b?: unknown, c?: unknown): PromptResponse {
    const [title, prompt, buttons] = c === undefined ? [undefined, a, b] : [a, b, c];
    const message = title === undefined ? String(prompt) : `${String(title)}\n${String(prompt)}`;
    this._ctx.ui.prompts.push(message);
    const set = buttons === undefined ? ButtonSet.OK : String(buttons);
    const reply = this._ctx.promptReply?.(message, set) ?? {
      button: set.startsWith('YES') ? Button.YES : Button.OK,
      text: '',
    };
    return { getResponseText: () => reply.text, getSelectedButton: () => reply.button };
  }
  toString(): string {
    return 'Ui';
  }
}
