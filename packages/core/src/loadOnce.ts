import { DingTalkError } from './DingTalkError';

/** Loads once; after a failed load the next caller tries again. */
/* @__NO_SIDE_EFFECTS__ */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((cause: unknown) => {
      pending = undefined;
      throw cause;
    }));
}

/** One of our own chunks, loaded once: a failure to load it (network, deploy) rejects `API_FAILED`. */
/* @__NO_SIDE_EFFECTS__ */
export function chunk<T>(load: () => Promise<T>): () => Promise<T> {
  return once(() =>
    load().catch((cause: unknown) => {
      throw new DingTalkError('API_FAILED', { details: { reason: 'load' }, cause });
    }),
  );
}
