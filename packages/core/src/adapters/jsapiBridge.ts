import type { Bridge, Platform, Transport } from '../Bridge';
import { type CreateBridgeOptions, createBridge, outsideTransport } from '../createBridge';
import { DingTalkError } from '../DingTalkError';
import type { DetectedPlatform } from '../detectPlatform';
import { explicitParams } from './explicitParams';
import type { loadJsapi } from './loadJsapi';
import { toReadyInfo } from './toReadyInfo';

/** Options of {@link createJsapiBridge}. */
export interface CreateJsapiBridgeOptions extends CreateBridgeOptions {}

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
const interop = (mod: unknown): Record<string, unknown> => {
  const record = mod as Record<string, unknown>;
  return (
    record.ddSdk === undefined && typeof record.default === 'object' && record.default !== null
      ? record.default
      : record
  ) as Record<string, unknown>;
};

// The package keeps one SDK per page, so the loaded module is shared by every bridge.
const loading = new Map<Platform, Promise<DdSdk>>();

function loadSdk(platform: Exclude<Platform, 'notInDingTalk'>, load: typeof loadJsapi): Promise<DdSdk> {
  let pending = loading.get(platform);
  if (!pending) {
    pending = load(platform).then((mod) => interop(mod).ddSdk as DdSdk);
    // A failed load (package missing, network) can be retried by the next call.
    pending.catch(() => loading.delete(platform));
    loading.set(platform, pending);
  }
  return pending;
}

/**
 * A `Bridge` over the official `dingtalk-jsapi` package, for a platform already detected (see
 * `createJsapiBridge`, the public way in). `load` imports the package (see `loadJsapi`): passed
 * in, so that the lazy chunk shares no more modules with the first load than it must.
 */
export function jsapiBridge(
  { platform, version }: DetectedPlatform,
  options: CreateJsapiBridgeOptions,
  load: typeof loadJsapi,
): Bridge {
  if (platform === 'notInDingTalk') return createBridge(outsideTransport, options);
  const sdk = (api: string): Promise<DdSdk> =>
    loadSdk(platform, load).catch((cause: unknown) => {
      throw new DingTalkError(
        'API_FAILED',
        `${api} could not load dingtalk-jsapi (${cause instanceof Error ? cause.message : String(cause)}). Install it next to @dingkit/core: npm install dingtalk-jsapi.`,
        { api, cause },
      );
    });

  const platformConfig = (loaded: DdSdk, api: string): PlatformConfig => {
    const config = loaded.getPlatformConfigMap()[platform];
    if (!config) {
      throw new DingTalkError(
        'UNSUPPORTED',
        `${api}: dingtalk-jsapi has no bridge for ${platform} on this page.`,
        { api },
      );
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
    async invoke(api, params, context) {
      const loaded = await sdk(api);
      const body = explicitParams(api, platform, params);
      // The PC client delivers `{ type: 'event', eventName: 'progress' }` messages of this call
      // to the params' `onProgress` function; functions never cross the bridge themselves.
      if (context.onProgress) body.onProgress = context.onProgress;
      return loaded.invokeAPI(api, body, false);
    },
    on(event, listener) {
      let active = true;
      let registered: PlatformConfig['event'] | undefined;
      const handler = (payload: unknown) => {
        if (active) listener(payload);
      };
      loadSdk(platform, load)
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

  return createBridge(transport, options);
}
