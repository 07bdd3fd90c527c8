// What `onCall` costs lives here, in a chunk of its own (see load.ts): an app that passes no
// `onCall` never loads it. Imports types only, like every deferred module.
import type { CallEvent, CallListener, ErrorFacts } from './types';

/**
 * The secret fields of each step, by name: they are replaced wherever they appear at the top
 * level of its params or its result. A list, not a pattern, so that nothing else is hidden.
 */
const secrets: Readonly<Record<string, readonly string[]>> = {
  // The signature the server returns and `config` sends; a `ticket` must never leave the server,
  // but a server under construction may return it.
  getSignature: ['signature', 'ticket', 'jsapi_ticket'],
  config: ['signature', 'ticket', 'jsapi_ticket'],
  // One-time codes that log the person in or allow an operation on the server.
  'runtime.permission.requestAuthCode': ['code'],
  'runtime.permission.requestOperateAuthCode': ['code'],
  'channel.permission.requestAuthCode': ['code'],
};

/** What a secret field reads as in events. */
export const redacted = '[redacted]';

/** `value` with the secret fields of `api` replaced; anything else as it is. */
export function redact(api: string, value: unknown): unknown {
  const fields = secrets[api];
  if (!fields || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const field of fields) if (field in copy) copy[field] = redacted;
  return copy;
}

let last = 0;

/**
 * Runs one step (`run`) and tells `listener` before it starts and after it settled, with timing
 * and outcome, and each later answer `run` reports through the function it is given. The step's
 * promise is returned unchanged: what the listener throws is reported on the console and never
 * reaches the caller.
 */
export function traceCall<T>(
  listener: CallListener,
  api: string,
  params: unknown,
  run: (repeat: (answer: unknown) => void) => Promise<T>,
): Promise<T> {
  const start = Date.now();
  const step = {
    id: ++last,
    kind: api === 'config' || api === 'getSignature' ? 'handshake' : 'call',
    api,
    params: redact(api, params),
    start,
  } as const;
  const tell = (event: CallEvent) => {
    try {
      listener(event);
    } catch (error) {
      console.error('dingkit: onCall threw; the call goes on.', error);
    }
  };
  tell({ ...step, phase: 'before' });
  const repeat = (answer: unknown) =>
    tell({ ...step, phase: 'repeat', duration: Date.now() - start, result: redact(api, answer) });
  let running: Promise<T>;
  try {
    running = run(repeat);
  } catch (error) {
    running = Promise.reject(error);
  }
  running.then(
    (result) => tell({ ...step, phase: 'after', duration: Date.now() - start, result: redact(api, result) }),
    (error: Error & ErrorFacts) => tell({ ...step, phase: 'after', duration: Date.now() - start, error }),
  );
  return running;
}
