import { abortable } from '../abortable';
import type { ApiName, ApiParams, ApiProgress } from '../catalog/ApiMap';
import { readHostEnv } from '../hostEnv';
import { hostVersion } from '../hostVersion';
import { loadDeferred, loadJsapi } from '../load';
import { noop } from '../noop';
import type { ApiDescriptor, Bridge, CallOptions, CreateBridgeOptions, Platform } from '../types';
import { getDingTalkPCGlobal } from './getDingTalkPCGlobal';

type Deferred = typeof import('../deferred');

/** What the detected bridge loads: the loader's functions (tests pass their own). */
export interface BridgeLoader {
  adapter: () => Promise<Pick<Deferred, 'jsapiBridge' | 'localize'>>;
  legacy: () => Promise<Pick<Deferred, 'legacyBridge' | 'localize'>>;
  jsapi: typeof loadJsapi;
  api: Deferred['loadApi'];
}

const loader: BridgeLoader = {
  adapter: loadDeferred,
  legacy: loadDeferred,
  jsapi: loadJsapi,
  // The catalog's loader travels in the adapters' chunk: only a call that names its API needs it.
  api: (name) => loadDeferred().then((chunk) => chunk.loadApi(name)),
};

/**
 * The bridge for where the page runs: the legacy `DingTalkPC` adapter when the page loaded the
 * old PC script, else the dingtalk-jsapi adapter (whose platform follows `detectPlatform`'s
 * rules). Outside DingTalk and on a server it is still a working bridge: its calls reject
 * `NOT_IN_DINGTALK`. Its platform and client version are known at once. Inside DingTalk it
 * starts loading, right after the client's signature request (`preload`) or else in the task
 * that creates it, both dingkit's deferred chunk (the adapters with their guards and the default
 * jsApiList, and the clients' sessions) and dingtalk-jsapi's modules for the platform, in
 * parallel with each other and with the signature request, so `config` goes out when the last of
 * the three has arrived and been evaluated. Calls made before that wait for it (abortable with
 * their signal; their timeout runs once the adapter is there); a failed load is tried again by
 * the next call. What the adapters reject with carries the message of `options.locale`; what the
 * wait itself rejects with (`ABORTED`, a failed load) keeps its short message.
 * A call that names its API instead of passing its descriptor loads the full catalog first.
 */
export function detectBridge(options: CreateBridgeOptions = {}, load: BridgeLoader = loader): Bridge {
  const legacy = getDingTalkPCGlobal();
  const env = readHostEnv();
  // The adapters' errors carry the messages of `locale`; the chunk brings `localize` with it.
  const localizer =
    ({ localize }: Pick<Deferred, 'localize'>) =>
    <E>(error: E) =>
      localize(error, options.locale);
  const platform: Platform = legacy ? 'pc' : (env?.platform ?? 'notInDingTalk');
  const version = hostVersion(env, !!legacy);
  let bridge: Bridge | undefined;
  let opening: Promise<Bridge> | undefined;
  const open = () =>
    (opening ??= (
      legacy
        ? load.legacy().then((chunk) => chunk.legacyBridge(legacy, version, options, localizer(chunk)))
        : load
            .adapter()
            .then((chunk) => chunk.jsapiBridge({ platform, version }, options, load.jsapi, localizer(chunk)))
    ).then(
      (opened) => (bridge = opened),
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    ));
  const preload = () => {
    if (platform === 'notInDingTalk') return;
    open().catch(noop);
    if (!legacy) load.jsapi(platform).catch(noop);
  };
  // The client calls `preload` right after asking for the signature (the longest wait on a fast
  // network, measured); a bridge that no client drives starts in the task that created it.
  if (platform !== 'notInDingTalk') queueMicrotask(preload);
  return {
    platform,
    version,
    preload,
    config: (config) => open().then((opened) => opened.config(config)),
    call: <A extends ApiName>(
      api: A | ApiDescriptor<A>,
      params: ApiParams<A>,
      callOptions: CallOptions<ApiProgress<A>> = {},
    ) => {
      const name = typeof api === 'string' ? api : api.name;
      const named = typeof api === 'string' ? load.api(api).then((found) => found ?? api) : api;
      return abortable(Promise.all([named, open()]), callOptions.signal, name).then(([resolved, opened]) =>
        opened.call(resolved as A, params, callOptions),
      );
    },
    on(event, listener) {
      if (bridge) return bridge.on(event, listener);
      let off: (() => void) | undefined;
      let active = true;
      open().then((opened) => {
        if (active) off = opened.on(event, listener);
      }, noop);
      return () => {
        active = false;
        off?.();
      };
    },
  };
}

let page: Bridge | undefined;

/**
 * The page's detected bridge, made once when first needed: the default bridge of every client,
 * so a client prepared before React and the provider's share one handshake.
 */
export const pageBridge = (): Bridge => {
  page ??= detectBridge();
  return page;
};
