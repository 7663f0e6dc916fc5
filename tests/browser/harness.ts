/**
 * Runs the built sidebar in Debian's headless Chromium with google.script.run bridged to a server object in
 * this process. Arguments and results cross as JSON, so only plain data crosses, as with the real
 * google.script.run. Any server object will do: the preview test's fake, or the real server bundle.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ServerApi } from '../../src/shared/api';

/** ServerApi, where every method may also return a Promise (to simulate a slow server). */
export type ServerImpl = {
  [K in keyof ServerApi]: (
    ...args: Parameters<ServerApi[K]>
  ) => ReturnType<ServerApi[K]> | Promise<ReturnType<ServerApi[K]>>;
};

/** A typed fake, or any object whose function-valued properties are the server's functions. */
export type ServerLike = Partial<ServerImpl> | { readonly [name: string]: unknown };

export interface LaunchOptions {
  server: ServerLike;
  /** The built sidebar (one HTML file). */
  html: string;
  /** Browser locale, e.g. 'vi-VN' (the default) or 'en-US'. */
  locale?: string;
  /** Defaults to Vietnam's time zone, so displayed times do not depend on the machine. */
  timezoneId?: string;
  executablePath?: string;
}

export interface ServerCall {
  name: string;
  args: unknown[];
}

export interface Sidebar {
  page: Page;
  browser: Browser;
  context: BrowserContext;
  /** Every server call the page made, in order. */
  calls: ServerCall[];
  /** Uncaught exceptions and console errors in the page. */
  pageErrors: string[];
  /** Requests the page tried to make; the sidebar must make none, and all are refused. */
  requests: string[];
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type Reply = { ok: true; value?: unknown } | { ok: false; message: string };

/** Defines google.script.run in the page with the server's function names, like the real one. */
function bridgeScript(names: string[]): string {
  return `(() => {
  const NAMES = ${JSON.stringify(names)};
  function runner(onSuccess, onFailure, userObject) {
    const run = {
      withSuccessHandler: (f) => runner(f, onFailure, userObject),
      withFailureHandler: (f) => runner(onSuccess, f, userObject),
      withUserObject: (o) => runner(onSuccess, onFailure, o),
    };
    for (const name of NAMES) {
      run[name] = (...args) => {
        const argsJson = JSON.stringify(args);
        setTimeout(() => {
          window.__parServerCall(name, argsJson).then((replyJson) => {
            const reply = JSON.parse(replyJson);
            if (reply.ok) {
              if (onSuccess) onSuccess(reply.value, userObject);
            } else if (onFailure) {
              onFailure(new Error(reply.message), userObject);
            }
          });
        }, 0);
      };
    }
    return run;
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close() {}, setHeight() {}, setWidth() {}, editor: { focus() {} } } } };
})();`;
}

function functionNames(server: object): string[] {
  const names = new Set<string>();
  for (
    let o: object | null = server;
    o && o !== Object.prototype;
    o = Object.getPrototypeOf(o) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(o)) {
      // As in Apps Script, a name ending in "_" is private: google.script.run does not offer it.
      const visible = name !== 'constructor' && !name.endsWith('_');
      if (visible && typeof (server as Record<string, unknown>)[name] === 'function') names.add(name);
    }
  }
  return [...names];
}

export async function launchSidebar(options: LaunchOptions): Promise<Sidebar> {
  const server = options.server as Record<string, unknown>;
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 300, height: 800 },
      locale: options.locale ?? 'vi-VN',
      timezoneId: options.timezoneId ?? 'Asia/Ho_Chi_Minh',
    });
    const calls: ServerCall[] = [];
    const pageErrors: string[] = [];
    const requests: string[] = [];

    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    // On the context, before the page exists: the page's first document (where setContent writes) gets them too.
    await context.exposeFunction(
      '__parServerCall',
      async (name: string, argsJson: string): Promise<string> => {
        const args = JSON.parse(argsJson) as unknown[];
        calls.push({ name, args });
        let reply: Reply;
        try {
          const fn = server[name];
          if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
          const value: unknown = await (fn as (...a: unknown[]) => unknown).apply(server, args);
          reply = { ok: true, value };
        } catch (error) {
          reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
        }
        return JSON.stringify(reply);
      },
    );
    await context.addInitScript({ content: bridgeScript(functionNames(server)) });

    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.setContent(options.html, { waitUntil: 'load' });

    return {
      page,
      browser,
      context,
      calls,
      pageErrors,
      requests,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
