import { DingTalkError } from './DingTalkError';
import type { Engine } from './engine';
import { loadedEngine, provideEngine } from './engineRef';

export { loadedEngine } from './engineRef';

type Chunk = typeof import('./engineChunk');

let chunk: Promise<Chunk> | undefined;

/**
 * Imports the lazy chunk (the engine and the adapters behind `detectBridge`) once; after a failed
 * load the next caller tries again.
 */
export const loadChunk = (): Promise<Chunk> =>
  (chunk ??= import('./engineChunk').then(
    (loaded) => {
      provideEngine(loaded.engine);
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
export const loadEngine = (): Promise<Engine> => {
  const engine = loadedEngine();
  return engine ? Promise.resolve(engine) : loadChunk().then((loaded) => loaded.engine);
};
