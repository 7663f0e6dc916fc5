/**
 * A typed Promise wrapper around google.script.run. Typed from ServerApi, so calling a server function that
 * does not exist, or with the wrong arguments, does not compile.
 */
import type { ServerApi } from '../src/shared/api';

/** The part of google.script.run the sidebar uses (declared here; there is no published type for it). */
export type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & ServerFunctions;

type ServerFunctions = { [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => void };

interface GoogleHost {
  script?: { run?: ScriptRun };
}

function scriptRun(): ScriptRun {
  const run = (globalThis as { google?: GoogleHost }).google?.script?.run;
  if (!run) throw new Error('google.script.run is not available: open this page from the add-on menu.');
  return run;
}

/** Apps Script hands the failure handler an Error; anything else is made into one. */
export function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === 'string') return new Error(error);
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return new Error(error.message);
  }
  return new Error(String(error));
}

export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise<ReturnType<ServerApi[K]>>((resolve, reject) => {
    const runner = scriptRun()
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(toError(error)));
    const functions: ServerFunctions = runner;
    functions[name].apply(runner, args);
  });
}
