// A client's session: the signed handshake, once per page URL and bridge, and the sequence of
// every call. Deferred: the client loads it with its first start or call, while the signature
// request and dingtalk-jsapi are under way. It imports no value of the client's or the loader's.
import { abortable } from './abortable';
import { validate } from './catalog/validate';
import type { DingTalkState, Session, SessionHost } from './clientTypes';
import { DingTalkError, isDingTalkError } from './DingTalkError';
import { loadTrace } from './loadTrace';
import { localize } from './localize';
import { landingUrl, signatureUrl } from './signatureUrl';
import type {
  ApiDescriptor,
  Bridge,
  ClientCallOptions,
  ReadyInfo,
  SignatureConfig,
  SignatureField,
  SignatureKey,
} from './types';

/** How one handshake ended: the failure, or what `ready` reported and the state it leads to. */
interface Outcome {
  error?: DingTalkError;
  ready?: ReadyInfo;
  state?: Partial<DingTalkState>;
}

/** One signed handshake of one page URL. */
interface Handshake {
  readonly url: string;
  /** Settles (never rejects) once the handshake has an outcome. */
  readonly done: Promise<unknown>;
  outcome?: Outcome;
}

// Per bridge, not per client: `config` belongs to the page, so a provider that remounts (or a
// second provider, or a client prepared before React) on the same URL reuses the handshake.
const handshakes = new WeakMap<Bridge, Handshake>();

// The platforms whose client accepted the landing URL's signature, for the page's life ('auto').
const landingFirst = new Set<string>();

function withTimeout<T>(promise: Promise<T>, ms: number, error: () => DingTalkError): Promise<T> {
  if (ms <= 0) return promise;
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(error()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The signature's key a path takes, the param it fills, the param that param sits in (if any) and
 * the param's path: `'space.corpId'` → `['corpId', 'corpId', 'space', 'space.corpId']`,
 * `'calleeCorpId=corpId'` → `['corpId', 'calleeCorpId', undefined, 'calleeCorpId']`.
 */
const split = (path: SignatureField) => {
  const [where, key] = path.split('=') as [string, SignatureKey?];
  const [name, outer] = where.split('.').reverse() as [string, string?];
  return [key ?? (name as SignatureKey), name, outer, where] as const;
};

/** The session of the client that lends `host`. */
export function createSession(host: SessionHost): Session {
  const { bridge } = host;
  let current: Handshake | undefined;

  /**
   * Runs one step through `onCall` when given (its code loads then), with the function that
   * reports the step's later answers; untraced if that load fails.
   */
  const trace = <T>(
    api: string,
    params: unknown,
    run: (repeat?: (answer: unknown) => void) => Promise<T>,
  ): Promise<T> => {
    const { onCall } = host.options();
    return onCall
      ? loadTrace().then(
          ({ traceCall }) => traceCall(onCall, api, params, run),
          () => run(),
        )
      : run();
  };

  /** Puts a handshake's outcome into the state, then tells `onReady` or `onError`. */
  const settle = ({ error, ready, state }: Outcome): void => {
    host.set(error ? { status: 'error', error } : state!);
    if (error) host.options().onError?.(error);
    else host.options().onReady?.(ready!);
  };

  /**
   * One signed handshake: asks `getSignature` (or takes what the client asked for before the
   * session loaded), then sends `config` through the bridge, which checks the signature. Never
   * rejects: a failure, with its message in, is the outcome's `error`.
   */
  const handshake = async (
    current: string,
    getSignature: (url: string) => Promise<SignatureConfig>,
  ): Promise<Outcome> => {
    const attempt = async (url: string): Promise<Outcome> => {
      const { jsApiList, signatureTimeoutMs = 10_000, configTimeoutMs = 10_000 } = host.options();
      const signatureFailed = (details: Record<string, unknown>, cause?: unknown) =>
        new DingTalkError('SIGNATURE_FAILED', { api: 'getSignature', details: { url, ...details }, cause });
      try {
        const sign = () =>
          withTimeout(
            host.asked(url) ?? new Promise<SignatureConfig>((resolve) => resolve(getSignature(url))),
            signatureTimeoutMs,
            () => signatureFailed({ reason: 'timeout', timeoutMs: signatureTimeoutMs }),
          ).catch((raw: unknown) => {
            throw isDingTalkError(raw, 'SIGNATURE_FAILED') ? raw : signatureFailed({}, raw);
          });
        const signed = await trace('getSignature', { url }, sign);
        const { timeStamp, nonceStr } = signed ?? {};
        const config = () =>
          withTimeout(
            bridge.config({ ...signed, jsApiList, url }),
            configTimeoutMs,
            () =>
              new DingTalkError('TIMEOUT', {
                api: 'config',
                details: { url, timeStamp, nonceStr, timeoutMs: configTimeoutMs },
              }),
          );
        const ready = await trace('config', { ...signed, jsApiList, url }, config);
        return {
          ready,
          state: {
            status: 'ready',
            error: undefined,
            authorizedAPIList: ready.authorizedAPIList,
            unauthorizedAPIList: ready.unauthorizedAPIList,
            corpId: signed.corpId,
            agentId: String(signed.agentId),
          },
        };
      } catch (raw) {
        const error = isDingTalkError(raw)
          ? raw
          : new DingTalkError('CONFIG_FAILED', { api: 'config', cause: raw });
        return { error: await localize(error, host.locale()) };
      }
    };
    const { platform } = bridge;
    const mode = host.options().signatureUrl;
    const landing = landingUrl || current;
    const urls =
      mode === 'landing'
        ? [landing]
        : mode === 'current' || landing === current
          ? [current]
          : landingFirst.has(platform)
            ? [landing, current]
            : [current, landing];
    let first: Outcome | undefined;
    for (const url of urls) {
      const outcome = await attempt(url);
      if (!outcome.error) {
        landingFirst[url === current ? 'delete' : 'add'](platform);
        return outcome;
      }
      first ??= outcome;
      // Only the client's codes for a rejected signature (3, 52013) try the next URL.
      if (!/^(3|52013)$/.test(String(outcome.error.errorCode))) break;
    }
    // Every URL was rejected: the first attempt, as the page signed it, says the most.
    return first!;
  };

  /** Makes sure a handshake for the current URL exists or ran; returns it (none when not needed). */
  const ensure = (force = false): Handshake | undefined => {
    const { platform } = bridge;
    const { getSignature } = host.options();
    if (platform === 'notInDingTalk' || !getSignature) {
      const status = platform === 'notInDingTalk' ? 'unavailable' : 'ready';
      if (host.state().status !== status) host.set({ status, platform, error: undefined });
      return undefined;
    }
    const url = signatureUrl(globalThis.location?.href ?? '');
    let followed = handshakes.get(bridge);
    if (force || !followed || (followed.outcome && followed.url !== url)) {
      const started: Handshake = {
        url,
        done: handshake(url, getSignature).then((outcome) => {
          started.outcome = outcome;
        }),
      };
      followed = started;
      handshakes.set(bridge, followed);
    }
    // After the signature request: it goes out first, the scripts at once after it.
    bridge.preload?.();
    if (current !== followed) {
      current = followed;
      const mine = followed;
      if (mine.outcome) settle(mine.outcome);
      else {
        if (host.state().status !== 'configuring')
          host.set({ status: 'configuring', platform, error: undefined });
        void mine.done.then(() => current === mine && settle(mine.outcome!));
      }
    }
    return followed;
  };

  /** Runs `then` once ready: at once when ready now, after the handshake otherwise. */
  const afterReady = <T>(
    api: string,
    signal: AbortSignal | undefined,
    then: () => Promise<T>,
  ): Promise<T> => {
    const followed = ensure();
    const outcome = followed?.outcome;
    if (!followed || (outcome && !outcome.error)) return then();
    if (outcome) return Promise.reject(outcome.error);
    // Checked again once settled: the URL may have changed while waiting.
    return abortable(followed.done, signal, api).then(() => afterReady(api, signal, then));
  };

  /**
   * `params` with the keys at `paths` (split) taken from the handshake's signature;
   * `INVALID_PARAMS` when it has none (`NOT_IN_DINGTALK` outside DingTalk, where there never is one).
   */
  const fill = (api: string, params: Record<string, unknown>, paths: readonly ReturnType<typeof split>[]) => {
    const filled = { ...params };
    for (const [key, name, outer, where] of paths) {
      const value = host.state()[key];
      if (value === undefined) {
        throw bridge.platform === 'notInDingTalk'
          ? new DingTalkError('NOT_IN_DINGTALK', { api })
          : new DingTalkError('INVALID_PARAMS', { api, field: where, details: { reason: 'signature', key } });
      }
      if (outer) filled[outer] = { ...(filled[outer] as object), [name]: value };
      else filled[name] = value;
    }
    return filled;
  };

  const call = (
    api: ApiDescriptor,
    params: Record<string, unknown>,
    { fromSignature = [], ...options }: ClientCallOptions<never>,
  ): Promise<unknown> => {
    const { name } = api;
    try {
      // Before filling: a signature to fill from is what such a call lacks.
      if (!host.options().getSignature && bridge.platform !== 'notInDingTalk' && api.auth) {
        throw new DingTalkError('UNAUTHORIZED', { api: name, details: { reason: 'unsigned' } });
      }
      const missing = fromSignature.map(split).filter(([, param, outer]) => {
        const holder = outer ? params[outer] : params;
        return !!holder && (holder as Record<string, unknown>)[param] === undefined;
      });
      if (missing.length) {
        return afterReady(name, options.signal, () => call(api, fill(name, params, missing), options));
      }
      validate(api, params);
    } catch (error) {
      return Promise.reject(error);
    }
    return afterReady(name, options.signal, () => bridge.call(api, params as never, options));
  };

  return {
    ensure,
    call: (api, params, options) =>
      trace(api.name, params, (repeat) => {
        const { onRepeat } = options;
        const traced =
          repeat && onRepeat
            ? {
                ...options,
                onRepeat: (answer: unknown) => {
                  repeat(answer);
                  onRepeat(answer);
                },
              }
            : options;
        return call(api, params, traced).catch((error: unknown) =>
          localize(error, host.locale()).then((localized) => Promise.reject(localized)),
        );
      }),
  };
}
