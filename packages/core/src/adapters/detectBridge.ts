import type { Bridge, Platform } from '../Bridge';
import type { CreateBridgeOptions } from '../createBridge';
import { readHostEnv } from '../hostEnv';
import { loadChunk, loadedEngine } from '../loadEngine';
import { noop } from '../noop';
import { getDingTalkPCGlobal } from './getDingTalkPCGlobal';
import { loadJsapi } from './loadJsapi';

/**
 * The bridge for where the page runs: the legacy `DingTalkPC` adapter when the page loaded the
 * old PC script, else the dingtalk-jsapi adapter (whose platform follows `detectPlatform`'s
 * rules). Outside DingTalk and on a server it is still a working bridge: its calls reject
 * `NOT_IN_DINGTALK`. Its platform is known at once; the adapter itself, with the client
 * version, the validation and the support checks, is loaded on the first `config`, `call` or
 * `on`, in parallel with dingtalk-jsapi, so a page's first load carries none of it (`version`
 * is `undefined` until the checks, which need it, have loaded). A call's timeout and abort
 * apply once that chunk is there (the provider's client waits for it with the call's signal).
 */
export function detectBridge(options: CreateBridgeOptions = {}): Bridge {
  const legacy = getDingTalkPCGlobal();
  const env = readHostEnv();
  const platform: Platform = legacy ? 'pc' : (env?.platform ?? 'notInDingTalk');
  let bridge: Bridge | undefined;
  let version: string | undefined;
  const open = () => {
    // dingtalk-jsapi's chunk starts loading now too, not after this one.
    if (!bridge && !legacy && platform !== 'notInDingTalk') loadJsapi(platform).catch(noop);
    return loadChunk().then((chunk) => {
      bridge ??= chunk.openBridge(legacy, platform, env, options, loadJsapi);
      return bridge;
    });
  };
  return {
    platform,
    get version() {
      // The host was read at creation; its version is read once the rules for it have loaded.
      version ??= loadedEngine()?.hostVersion(env, !!legacy);
      return version;
    },
    config: (config) => open().then((opened) => opened.config(config)),
    call: (api, params, callOptions) => open().then((opened) => opened.call(api, params, callOptions)),
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
