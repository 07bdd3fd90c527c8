import type { ApiSpec, Platform } from '../types';

/** Compares dotted versions numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Whether the API can run on `platform` (and, when given, on that client `version`): the
 * handbook's support table plus the minimum versions dingtalk-jsapi registers.
 */
export function supports({ support, minVersion }: ApiSpec, platform: Platform, version?: string): boolean {
  if (platform === 'notInDingTalk' || !support[platform]) return false;
  const min = minVersion[platform];
  return !(version && min && compareVersions(version, min) < 0);
}
