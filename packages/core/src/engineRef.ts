import type { Engine } from './engine';

let current: Engine | undefined;

/** The engine, once something brought it: a bridge made by `createBridge`, or the lazy chunk. */
export const loadedEngine = (): Engine | undefined => current;

/** Makes `engine` available at once (createBridge's bridges bring it along, as does the lazy chunk). */
export const provideEngine = (engine: Engine): void => {
  current = engine;
};
