import { type ApiName, catalog, type Platform } from '@dingkit/core';

/**
 * Where `api` is unsupported, as `parameters.dingtalk`: a platform the handbook's table leaves
 * out, or else a client older than the API's minimum version on some platform.
 */
export function unsupportedOn(api: ApiName): { platform: Platform; version?: string } {
  const spec = catalog[api];
  const platforms = ['pc', 'ios', 'android'] as const;
  const missing = platforms.find((candidate) => !spec.support[candidate]);
  if (missing) return { platform: missing };
  const versioned = platforms.find((candidate) => spec.minVersion[candidate]);
  if (versioned) return { platform: versioned, version: '1.0.0' };
  throw new Error(`${api} runs on every platform and client version: it has no unsupported state.`);
}
