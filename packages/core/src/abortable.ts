import { DingTalkError } from './DingTalkError';

/**
 * `until`'s outcome, unless `signal` aborts first: then `ABORTED` (while waiting, for `api`) at
 * once, and `until`'s outcome is dropped.
 */
export function abortable<T>(until: Promise<T>, signal: AbortSignal | undefined, api: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () =>
      reject(new DingTalkError('ABORTED', { api, details: { reason: 'waiting' }, cause: signal?.reason }));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    until.then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}
