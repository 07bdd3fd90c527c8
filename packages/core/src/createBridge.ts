import type { Bridge, CallOptions, JsapiConfig, ReadyInfo, Transport } from './Bridge';
import type { ApiName } from './catalog/ApiMap';
import { catalog } from './catalog/catalog';
import { isSupported } from './catalog/isSupported';
import type { DownloadProgress } from './catalog/pcApis';
import { validateParams } from './catalog/validate';
import { DingTalkError } from './DingTalkError';
import { engine } from './engine';
import { provideEngine } from './engineRef';
import { notInDingTalk } from './notInDingTalk';
import { toDingTalkError } from './toDingTalkError';
import { toDownloadProgress } from './toDownloadProgress';

/** Options of {@link createBridge}. */
export interface CreateBridgeOptions {
  /**
   * Timeout for APIs that answer by themselves, in milliseconds. APIs that wait for a person
   * (dialogs, pickers) have none unless a call sets `timeoutMs`.
   * @default 10000
   */
  timeoutMs?: number;
}

/**
 * Wraps a transport into a `Bridge`: validates params, checks platform support and authorisation
 * before anything crosses, maps failures to `DingTalkError`, and makes every call settle.
 */
export function createBridge(transport: Transport, options: CreateBridgeOptions = {}): Bridge {
  // The client checks calls and runs the handshake with these: a bridge made here brings them.
  provideEngine(engine);
  const defaultTimeout = options.timeoutMs ?? 10_000;
  let unauthorized = new Set<string>();

  const bridge: Bridge = {
    get platform() {
      return transport.platform;
    },
    get version() {
      return transport.version;
    },
    async config(config: JsapiConfig): Promise<ReadyInfo> {
      if (transport.platform === 'notInDingTalk') throw notInDingTalk('config');
      try {
        const ready = await transport.config(config);
        unauthorized = new Set(ready.unauthorizedAPIList);
        return ready;
      } catch (raw) {
        throw toDingTalkError('config', raw, 'CONFIG_FAILED');
      }
    },
    call(api, params, callOptions = {}) {
      return run(api, params, callOptions) as never;
    },
    on(event, listener) {
      return transport.on(event, listener as (payload: unknown) => void);
    },
  };

  function run(api: ApiName, params: unknown, callOptions: CallOptions<never>): Promise<unknown> {
    const { signal, onProgress } = callOptions;
    if (signal?.aborted) return Promise.reject(aborted(api, signal.reason));
    try {
      validateParams(api, params);
    } catch (error) {
      return Promise.reject(error);
    }
    const platform = transport.platform;
    if (platform === 'notInDingTalk') return Promise.reject(notInDingTalk(api));
    if (api in catalog && !isSupported(api, platform, transport.version)) {
      return Promise.reject(
        new DingTalkError(
          'UNSUPPORTED',
          `${api} is not available on ${platform}${transport.version ? ` ${transport.version}` : ''}. Check isSupported('${api}') before offering the feature.`,
          { api },
        ),
      );
    }
    if (unauthorized.has(api)) {
      return Promise.reject(
        new DingTalkError(
          'UNAUTHORIZED',
          `${api} was not authorised by config. Add it to jsApiList and make sure the app has the permission in the developer console.`,
          { api },
        ),
      );
    }

    const spec = (catalog as Record<string, { interactive?: boolean } | undefined>)[api];
    const timeoutMs = callOptions.timeoutMs ?? (spec?.interactive ? 0 : defaultTimeout);
    const controller = new AbortController();

    return new Promise<unknown>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settled = false;
      const settle = () => {
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (error: DingTalkError) => {
        settle();
        controller.abort(error);
        reject(error);
      };
      const onAbort = () => fail(aborted(api, signal?.reason));
      signal?.addEventListener('abort', onAbort, { once: true });
      if (timeoutMs > 0) {
        timer = setTimeout(
          () =>
            fail(
              new DingTalkError(
                'TIMEOUT',
                `${api} got no answer from DingTalk within ${timeoutMs} ms. The container may be half-loaded: open the page inside the DingTalk client, or give the call a longer timeoutMs.`,
                { api, details: { timeoutMs } },
              ),
            ),
          timeoutMs,
        );
      }
      const download = api === 'biz.util.downloadFile';
      let last: DownloadProgress | undefined;
      const progress =
        onProgress &&
        ((raw: unknown) => {
          const value = download ? toDownloadProgress(raw) : raw;
          if (settled || value === undefined) return;
          last = value as DownloadProgress;
          onProgress(value as never);
        });
      let pending: Promise<unknown>;
      try {
        pending = transport.invoke(api, params as Record<string, unknown>, {
          signal: controller.signal,
          ...(progress ? { onProgress: progress } : {}),
        });
      } catch (raw) {
        pending = Promise.reject(raw);
      }
      pending.then(
        (result) => {
          if (controller.signal.aborted) return;
          if (download) {
            // The client may stop reporting short of the end, and answers `true`, `{}` or nothing:
            // a finished download reads 100%, and resolves with nothing on every client.
            if (last?.percent !== 100) progress?.({ percent: 100, loaded: last?.total, total: last?.total });
            result = undefined;
          }
          settle();
          resolve(result);
        },
        (raw: unknown) => {
          if (controller.signal.aborted) return;
          fail(toDingTalkError(api, raw));
        },
      );
    });
  }

  return bridge;
}

function aborted(api: string, reason: unknown): DingTalkError {
  return new DingTalkError('ABORTED', `${api} was aborted by the caller.`, { api, cause: reason });
}

/**
 * The transport of a page outside DingTalk. The bridge answers `config` and calls itself
 * (`NOT_IN_DINGTALK`), so these only say the same if reached some other way.
 */
export const outsideTransport: Transport = {
  platform: 'notInDingTalk',
  config: () => Promise.reject(notInDingTalk('config')),
  invoke: (api) => Promise.reject(notInDingTalk(api)),
  on: () => () => {},
};
