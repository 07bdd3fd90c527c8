// The adapter over the official dingtalk-jsapi package, with createBridge's guards: everything
// the detected bridge needs to send `config`, in one chunk that loads when the bridge is created.
import { createBridge, type Localize, outsideTransport } from '../createBridge';
import { DingTalkError } from '../DingTalkError';
import type { Bridge, ClientPlatform, CreateBridgeOptions, DetectedPlatform, Transport } from '../types';
import { toReadyInfo } from './toReadyInfo';

// The part of dingtalk-jsapi's `ddSdk` singleton (lib/ddSdk.js) the adapter uses.
interface PlatformConfig {
  authMethod: string;
  authParamsDeal?: (params: Record<string, unknown>) => Record<string, unknown>;
  event?: {
    on(event: string, listener: (payload: unknown) => void): void;
    off(event: string, listener: (payload: unknown) => void): void;
  };
}
interface DdSdk {
  invokeAPI(method: string, params?: Record<string, unknown>, isAuthApi?: boolean): Promise<unknown>;
  bridgeInitFn(): Promise<unknown>;
  getPlatformConfigMap(): Record<string, PlatformConfig | undefined>;
}

// dingtalk-jsapi is CommonJS: a bundler hands back the exports object as `default`, native Node
// ESM as `default` plus detected names.
const interop = (mod: unknown): DdSdk => {
  const record = mod as Record<string, unknown>;
  return (
    (record.ddSdk === undefined && typeof record.default === 'object' && record.default !== null
      ? record.default
      : record) as { ddSdk: DdSdk }
  ).ddSdk;
};

/**
 * A `Bridge` over the official `dingtalk-jsapi` package, for a platform already detected (see
 * `createJsapiBridge`, the public way in). `load` imports the package's core with the platform's
 * bridge registered (see `loadJsapi`); the package keeps one SDK per page, shared by every bridge.
 */
export function jsapiBridge(
  { platform, version }: DetectedPlatform,
  options: CreateBridgeOptions,
  load: (platform: ClientPlatform) => Promise<unknown>,
  localize?: Localize,
): Bridge {
  if (platform === 'notInDingTalk') return createBridge(outsideTransport, options, localize);
  const sdk = (api: string): Promise<DdSdk> =>
    load(platform).then(interop, (cause: unknown) => {
      throw new DingTalkError('API_FAILED', { api, details: { reason: 'jsapi' }, cause });
    });

  const platformConfig = (loaded: DdSdk, api: string): PlatformConfig => {
    const config = loaded.getPlatformConfigMap()[platform];
    if (!config) {
      throw new DingTalkError('UNSUPPORTED', { api, details: { reason: 'noBridge', platform } });
    }
    return config;
  };

  const transport: Transport = {
    platform,
    version,
    async config(config) {
      const loaded = await sdk('config');
      const { authMethod, authParamsDeal } = platformConfig(loaded, 'config');
      // Sent through the invoker rather than `dd.config`: the package runs `dd.config` once per
      // page (a second call only logs warning 1040) and reports its failure as an unhandled
      // rejection. On PC `authParamsDeal` adds the page URL; on mobile the method is
      // runtime.permission.requestJsApis.
      const params = { ...config, jsApiList: [...config.jsApiList] } as Record<string, unknown>;
      const raw = await loaded.invokeAPI(authMethod, authParamsDeal ? authParamsDeal(params) : params, false);
      return toReadyInfo(raw, config.jsApiList);
    },
    async invoke(api, params, { signal, onProgress, onRepeat, api: descriptor }) {
      const loaded = await sdk(api);
      const body = { ...(descriptor?.send ? descriptor.send(params, platform) : params) };
      // The PC client delivers `{ type: 'event', eventName: 'progress' }` messages of this call
      // to the params' `onProgress` function; functions never cross the bridge themselves.
      if (onProgress) body.onProgress = onProgress;
      if (onRepeat) {
        // With `watch`, the package's iOS bridge registers `onSuccess` as the handler the client
        // calls again (WebViewJavascriptBridge.registerHandler) and answers the call apart, so
        // every call of it is a later answer. The other bridges call `onSuccess` with each
        // answer, the first included: that one resolves the call.
        body.watch = true;
        let first = platform !== 'ios';
        body.onSuccess = (raw: unknown) => {
          if (first) first = false;
          else if (!signal.aborted) onRepeat(raw);
        };
      }
      return loaded.invokeAPI(descriptor?.calls ?? api, body, false);
    },
    on(event, listener) {
      let active = true;
      let registered: PlatformConfig['event'] | undefined;
      const handler = (payload: unknown) => {
        if (active) listener(payload);
      };
      sdk('on')
        .then(async (loaded) => {
          // `dd.on` waits for the same bridge but leaks a rejection when it fails to start.
          await loaded.bridgeInitFn();
          if (!active) return;
          registered = loaded.getPlatformConfigMap()[platform]?.event;
          registered?.on(event, handler);
        })
        .catch(() => {
          // No bridge, no events: calls report the failure.
        });
      return () => {
        active = false;
        registered?.off(event, handler);
      };
    },
  };

  return createBridge(transport, options, localize);
}
