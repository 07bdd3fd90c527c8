import { unknownApi } from './catalog/api';
import { authApis } from './catalog/authApis.generated';
import { supports } from './catalog/supports';
import { validate } from './catalog/validate';
import { DingTalkError } from './DingTalkError';
import { landingUrl, signatureUrl } from './signatureUrl';
import { toDingTalkError } from './toDingTalkError';
import type {
  ApiDescriptor,
  Bridge,
  BridgeConfig,
  CallOptions,
  CreateBridgeOptions,
  ReadyInfo,
  SignatureConfig,
  Transport,
} from './types';

/** Puts an error's full message in before it is rejected with (see `localize`). */
export type Localize = <E>(error: E) => Promise<E>;

const asIs: Localize = (error) => Promise.resolve(error);

const signatureKeys = ['agentId', 'corpId', 'timeStamp', 'nonceStr', 'signature'] as const;

/** Only the signature's own fields, or `SIGNATURE_FAILED` naming the missing ones. */
function checkSignature(config: BridgeConfig, url: string): SignatureConfig {
  const body = (typeof config === 'object' && config !== null ? config : {}) as Record<string, unknown>;
  const wrong = signatureKeys.filter((key) => {
    const field = body[key];
    return typeof field === 'number'
      ? !(key === 'agentId' || key === 'timeStamp')
      : typeof field !== 'string' || field === '';
  });
  if (wrong.length) {
    throw new DingTalkError('SIGNATURE_FAILED', {
      api: 'getSignature',
      field: wrong[0],
      details: { url, reason: 'malformed', fields: wrong },
      cause: config,
    });
  }
  // A server's extra fields (url, jsApiList…) do not go to config.
  const { corpId, timeStamp, nonceStr, signature, type } = config;
  return {
    agentId: String(config.agentId),
    corpId,
    timeStamp,
    nonceStr,
    signature,
    ...(type === 1 ? { type } : {}),
  };
}

/**
 * Wraps a transport into a `Bridge`: checks the signature `config` gets and sends the default
 * `jsApiList` when none is given; validates params, checks platform support and authorisation
 * before anything crosses; maps failures to `DingTalkError` (a rejected `config` with what was
 * signed, for the diagnosis of error 52013); makes every call settle; and normalises what the
 * API's descriptor says (download progress). `localize` puts the messages in before rejecting.
 */
export function createBridge(
  transport: Transport,
  options: CreateBridgeOptions = {},
  localize: Localize = asIs,
): Bridge {
  const { timeoutMs: defaultTimeout = 10_000, catalog } = options;
  let unauthorized = new Set<string>();
  let configs = 0;
  const reject = (error: unknown) => localize(error).then((localized) => Promise.reject(localized));
  const notInDingTalk = (api: string) => new DingTalkError('NOT_IN_DINGTALK', { api });

  async function configure(config: BridgeConfig): Promise<ReadyInfo> {
    const { platform } = transport;
    if (platform === 'notInDingTalk') throw notInDingTalk('config');
    const href = globalThis.location?.href ?? '';
    const url = config.url ?? signatureUrl(href);
    const signed = checkSignature(config, url);
    const count = ++configs;
    try {
      const ready = await transport.config({
        ...signed,
        jsApiList: [...(config.jsApiList ?? authApis[platform].split(' '))],
      });
      unauthorized = new Set(ready.unauthorizedAPIList);
      return ready;
    } catch (raw) {
      const { errorCode, platformMessage, cause } = toDingTalkError('config', raw, 'CONFIG_FAILED');
      const { timeStamp, nonceStr, agentId } = signed;
      throw new DingTalkError('CONFIG_FAILED', {
        api: 'config',
        errorCode,
        platformMessage,
        // What was signed, for the diagnosis the message gives.
        details: { url, href, timeStamp, nonceStr, agentId, count, landing: landingUrl },
        cause,
      });
    }
  }

  function run(api: ApiDescriptor, params: unknown, callOptions: CallOptions<never>): Promise<unknown> {
    const { signal, onProgress, onRepeat } = callOptions;
    const { name } = api;
    if (signal?.aborted) return Promise.reject(aborted(name, signal.reason));
    try {
      validate(api, params);
    } catch (error) {
      return Promise.reject(error);
    }
    const { platform, version } = transport;
    if (platform === 'notInDingTalk') return Promise.reject(notInDingTalk(name));
    if (!supports(api, platform, version)) {
      return Promise.reject(
        new DingTalkError('UNSUPPORTED', { api: name, details: { reason: 'platform', platform, version } }),
      );
    }
    // A newer name is authorised under the legacy name it calls.
    if (unauthorized.has(api.calls ?? name))
      return Promise.reject(new DingTalkError('UNAUTHORIZED', { api: name }));

    const timeoutMs = callOptions.timeoutMs ?? (api.interactive ? 0 : defaultTimeout);
    const controller = new AbortController();

    return new Promise<unknown>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settled = false;
      // A call that listens for later answers keeps the caller's signal: aborting it after the
      // first answer tells the transport to stop listening.
      const settle = (listening = false) => {
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        if (!listening) signal?.removeEventListener('abort', onAbort);
      };
      const fail = (error: DingTalkError) => {
        settle();
        controller.abort(error);
        reject(error);
      };
      const onAbort = () => {
        const error = aborted(name, signal?.reason);
        if (settled) controller.abort(error);
        else fail(error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (timeoutMs > 0) {
        timer = setTimeout(
          () => fail(new DingTalkError('TIMEOUT', { api: name, details: { timeoutMs } })),
          timeoutMs,
        );
      }
      const normalise = api.progress;
      let last: { percent?: number; total?: number } | undefined;
      const progress =
        onProgress &&
        ((raw: unknown) => {
          const value = normalise ? normalise(raw) : raw;
          if (settled || value === undefined) return;
          last = value as typeof last;
          onProgress(value as never);
        });
      const repeat =
        onRepeat &&
        ((raw: unknown) => {
          if (!controller.signal.aborted) onRepeat(raw as never);
        });
      let pending: Promise<unknown>;
      try {
        pending = transport.invoke(name, params as Record<string, unknown>, {
          signal: controller.signal,
          api,
          ...(progress ? { onProgress: progress } : {}),
          ...(repeat ? { onRepeat: repeat } : {}),
        });
      } catch (raw) {
        pending = Promise.reject(raw);
      }
      pending.then(
        (result) => {
          if (controller.signal.aborted) return;
          // The client may stop reporting short of the end: a finished call reads 100%.
          if (normalise && last?.percent !== 100) {
            progress?.({ percent: 100, loaded: last?.total, total: last?.total });
          }
          settle(repeat !== undefined);
          resolve(api.result ? api.result(result) : result);
        },
        (raw: unknown) => {
          if (controller.signal.aborted) return;
          fail(toDingTalkError(name, raw));
        },
      );
    });
  }

  return {
    get platform() {
      return transport.platform;
    },
    get version() {
      return transport.version;
    },
    config: (config) => configure(config).catch(reject),
    call: (api, params, callOptions = {}) =>
      run(
        typeof api === 'string' ? (catalog?.[api] ?? unknownApi(api)) : api,
        params,
        callOptions as CallOptions<never>,
      ).catch(reject) as never,
    on: (event, listener) => transport.on(event, listener as (payload: unknown) => void),
  };
}

function aborted(api: string, reason: unknown): DingTalkError {
  return new DingTalkError('ABORTED', { api, cause: reason });
}

/**
 * The transport of a page outside DingTalk. The bridge answers `config` and calls itself
 * (`NOT_IN_DINGTALK`), so these only say the same if reached some other way.
 */
export const outsideTransport: Transport = {
  platform: 'notInDingTalk',
  config: () => Promise.reject(new DingTalkError('NOT_IN_DINGTALK', { api: 'config' })),
  invoke: (api) => Promise.reject(new DingTalkError('NOT_IN_DINGTALK', { api })),
  on: () => () => {},
};
