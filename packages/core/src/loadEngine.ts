import { DingTalkError } from './DingTalkError';
import type { Engine } from './engine';

type Chunk = typeof import('./engineChunk');

let current: Engine | undefined;
let chunk: Promise<Chunk> | undefined;

/** The engine, once something brought it: a bridge made by `createBridge`, or the lazy chunk. */
export const loadedEngine = (): Engine | undefined => current;

/** Makes `engine` available at once (createBridge's bridges bring it along). */
export const provideEngine = (engine: Engine): void => {
  current = engine;
};

/**
 * Imports the lazy chunk (the engine and the adapters behind `detectBridge`) once; after a failed
 * load the next caller tries again.
 */
export const loadChunk = (): Promise<Chunk> =>
  (chunk ??= import('./engineChunk').then(
    (loaded) => {
      current = loaded.engine;
      return loaded;
    },
    (cause: unknown) => {
      chunk = undefined;
      throw new DingTalkError(
        'API_FAILED',
        `Loading dingkit failed (${cause}). Check the network, then retry.`,
        {
          cause,
        },
      );
    },
  ));

/** The engine: at once when loaded, else from the lazy chunk. */
export const loadEngine = (): Promise<Engine> =>
  current ? Promise.resolve(current) : loadChunk().then((loaded) => loaded.engine);
