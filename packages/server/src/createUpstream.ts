import type { CircuitBreakerOptions } from './createCircuitBreaker';
import { createCircuitBreaker } from './createCircuitBreaker';
import { createConcurrencyLimit } from './createConcurrencyLimit';
import type { Redactor } from './createRedactor';
import { isDingTalkServerError } from './DingTalkServerError';
import type { DingTalkServerLogger } from './DingTalkServerLogger';
import { requestDingTalk, type UpstreamBody, type UpstreamRequest } from './requestDingTalk';
import {
  type DingTalkServerLocale,
  type ErrorFactory,
  logMessages,
  type UpstreamApi,
} from './serverMessages';

/** The errcodes that mean "this access_token is invalid or expired": drop it, fetch one, retry once. */
export const tokenErrcodes: readonly number[] = [40001, 40014, 42001];
/** DingTalk is busy or throttling this organisation: a failure of DingTalk, not of the input. */
const throttleErrcodes: readonly number[] = [-1, 90018];

export interface UpstreamOptions {
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  maxConcurrentRequests: number;
  maxQueuedRequests: number;
  circuitBreaker: Required<CircuitBreakerOptions>;
  now: () => number;
  redactor: Redactor;
  errors: ErrorFactory;
  locale: DingTalkServerLocale;
  logger: DingTalkServerLogger | undefined;
}

export interface UpstreamCall extends Omit<UpstreamRequest, 'timeoutMs'> {
  /** The call must be over by then (`Date.now()` ms), e.g. the end of the refresh lock's lease. */
  deadline?: number;
}

export interface Upstream {
  call(request: UpstreamCall): Promise<UpstreamBody>;
  /** Milliseconds until `api` may be called again (its circuit is open), or `0`. */
  waitMs(api: UpstreamApi): number;
}

/**
 * Whether a failure says DingTalk (or the way to it) is failing, rather than the input: every
 * network, timeout, HTTP and malformed-answer failure, every errcode of the token and ticket
 * APIs, and a rejected token or throttling on the user APIs. An unknown auth code is the
 * caller's mistake and leaves the circuit alone.
 */
function isOutage(api: UpstreamApi, error: unknown): boolean {
  if (!isDingTalkServerError(error, 'API_ERROR')) return true;
  if (api === '/gettoken' || api === '/get_jsapi_ticket') return true;
  const errcode = error.errcode ?? 0;
  return tokenErrcodes.includes(errcode) || throttleErrcodes.includes(errcode);
}

/**
 * Every DingTalk call goes through here: a circuit breaker per API, at most
 * `maxConcurrentRequests` calls at a time (the others queue, within the same time limit), and
 * one log line per failure with the facts an operator needs (never a secret).
 */
export function createUpstream(options: UpstreamOptions): Upstream {
  const { timeoutMs, errors, logger, locale } = options;
  const log = logMessages[locale];
  const breaker = createCircuitBreaker(options.circuitBreaker, options.now);
  const limit = createConcurrencyLimit(
    options.maxConcurrentRequests,
    options.maxQueuedRequests,
    () => errors('busy', { max: options.maxQueuedRequests }, { retryAfterMs: 1000 }),
    () => errors('busyWaited', { ms: timeoutMs }, { retryAfterMs: 1000 }),
  );
  const context = {
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    redactor: options.redactor,
    errors,
    locale,
  };
  const circuitOpen = (api: UpstreamApi, waitMs: number) =>
    errors(
      'circuitOpen',
      { api, failures: breaker.failures(api), seconds: Math.ceil(waitMs / 1000) },
      { api, retryAfterMs: waitMs },
    );

  return {
    waitMs: (api) => breaker.waitMs(api),
    async call(request) {
      const { api } = request;
      const deadline = Math.min(request.deadline ?? Number.POSITIVE_INFINITY, Date.now() + timeoutMs);
      // Fail fast before queueing; the real admission (which may make this call the probe) is
      // taken once a slot is free, as the circuit may have changed meanwhile.
      const waitMs = breaker.waitMs(api);
      if (waitMs > 0) throw circuitOpen(api, waitMs);
      await limit.acquire(deadline);
      const admission = breaker.admit(api);
      if (typeof admission === 'number') {
        limit.release();
        throw circuitOpen(api, admission);
      }
      try {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw errors('upstreamTimeout', { api, ms: timeoutMs }, { api });
        const body = await requestDingTalk(context, { ...request, timeoutMs: remaining });
        if (breaker.record(api, admission, false) === 'closed')
          logger?.info?.(log.circuitClosed(api), { api });
        return body;
      } catch (error) {
        const outage = isOutage(api, error);
        const change = breaker.record(api, admission, outage);
        if (isDingTalkServerError(error)) {
          // An unknown auth code is routine (and an attacker's random codes would flood warnings).
          const report = outage ? logger?.warn : logger?.info;
          report?.call(logger, log.upstreamFailed(api), {
            api,
            code: error.code,
            errcode: error.errcode,
            errmsg: error.errmsg,
            status: error.status,
            message: error.message,
          });
        }
        if (change === 'opened') {
          logger?.error?.(log.circuitOpened(api), {
            api,
            failures: breaker.failures(api),
            retryAfterMs: breaker.waitMs(api),
          });
        }
        throw error;
      } finally {
        limit.release();
      }
    },
  };
}
