import { type ApiName, catalog, type Platform } from '@dingkit/core';

/**
 * Where `api` is unsupported, as `parameters.dingtalk`: a platform the handbook's table leaves
 * out, or else a client older than the API's minimum version on PC.
 */
export function unsupportedOn(api: ApiName): { platform: Platform } | { version: string } {
  const spec = catalog[api];
  const platform = (['pc', 'ios', 'android'] as const).find((candidate) => !spec.support[candidate]);
  return platform ? { platform } : { version: '2.0.0' };
}
