import type { MockHandlerContext, MockResponses } from '../MockController';

/** A script that answers calls of one API: a `respond` handler or result, or a `fail`. */
export type Script = (params: unknown, context: MockHandlerContext) => unknown;

/** The scripted answers of a mock bridge, by API. */
export interface Scripts {
  /** The script of `api`, if any. */
  get(api: string): Script | undefined;
  /** Answers later calls of `api` with `script`; returns the function that removes it. */
  set(api: string, script: Script): () => void;
  /** Back to the scripts of the options. */
  reset(): void;
}

/** A handler, or a result to answer with. */
export const toScript = (handler: unknown): Script =>
  typeof handler === 'function' ? (handler as Script) : () => handler;

/** Scripts that start as (and reset to) `initial`, the `respond` option. */
export function createScripts(initial: MockResponses = {}): Scripts {
  const scripts = new Map<string, Script>();
  const install = () => {
    for (const [api, handler] of Object.entries(initial)) scripts.set(api, toScript(handler));
  };
  install();
  return {
    get: (api) => scripts.get(api),
    set(api, script) {
      scripts.set(api, script);
      return () => {
        if (scripts.get(api) === script) scripts.delete(api);
      };
    },
    reset() {
      scripts.clear();
      install();
    },
  };
}
