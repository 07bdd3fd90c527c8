import type { HostEnv } from './hostEnv';

const pcVersion = /DingTalk\(([a-zA-Z0-9.-]+)\)/;

/**
 * The client version the host tells (e.g. `'7.0.10'`), by the rules of dingtalk-jsapi's
 * `lib/env.js`: the native SDK's, else `hostVersion` in the container's window name, else the
 * user agent. `undefined` outside DingTalk, except on a page that loaded the `legacy`
 * `DingTalkPC` script, whose PC client tells it in the user agent (`DingTalk(4.6.0)`).
 */
export function hostVersion(env: HostEnv | undefined, legacy?: boolean): string | undefined {
  if (!env) return undefined;
  const { native, ua, host, isPc, platform } = env;
  if (native) return typeof native.version === 'string' ? native.version : undefined;
  let version = (ua.match(/AliApp\(\w+\/([a-zA-Z0-9.-]+)\)/) ?? ua.match(/DingTalk\/([a-zA-Z0-9.-]+)/))?.[1];
  if (typeof host?.hostVersion === 'string' && host.hostVersion) version = host.hostVersion;
  if ((isPc || legacy) && !version) version = ua.match(pcVersion)?.[1];
  return platform === 'notInDingTalk' && !legacy ? undefined : version;
}
