import type { ApiDescriptor, ClientPlatform, SignatureField } from '@dingkit/core';

/** One action hook of `@dingkit/react`, as its value says: its name, descriptor and signature keys. */
export interface ApiHookRow {
  hook: string;
  api: ApiDescriptor;
  fromSignature: readonly SignatureField[];
}

const isApiHook = (
  value: unknown,
): value is { api: ApiDescriptor; fromSignature: readonly SignatureField[] } =>
  typeof value === 'function' && 'api' in value && 'fromSignature' in value;

/**
 * The action hooks among a module's exports (`import * as react from '@dingkit/react'`): those that
 * carry their API's descriptor. By API name, as the catalog groups them.
 */
export function apiHookRows(exports: Record<string, unknown>): ApiHookRow[] {
  return Object.entries(exports)
    .flatMap(([hook, value]) =>
      /^use[A-Z]/.test(hook) && isApiHook(value)
        ? [{ hook, api: value.api, fromSignature: value.fromSignature }]
        : [],
    )
    .sort((a, b) => a.api.name.localeCompare(b.api.name) || a.hook.localeCompare(b.hook));
}

/** How the tables name each platform; a platform the catalog adds later shows under its own key. */
const platformNames: Readonly<Record<string, string>> = {
  pc: 'PC',
  ios: 'iOS',
  android: 'Android',
  harmony: 'HarmonyOS',
};
const order = Object.keys(platformNames);

/** The platform's name in a table header. */
export const platformName = (platform: string): string => platformNames[platform] ?? platform;

/**
 * The platforms the descriptors say where they run (their `support` keys), so that a platform the
 * catalog adds gets its column by itself: PC, iOS, Android, HarmonyOS first, any other after.
 */
export function platformsOf(descriptors: readonly ApiDescriptor[]): ClientPlatform[] {
  const found = new Set(descriptors.flatMap((descriptor) => Object.keys(descriptor.support)));
  const rank = (platform: string) => (order.includes(platform) ? order.indexOf(platform) : order.length);
  return ([...found] as ClientPlatform[]).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** What a hook takes from the provider's signature, in words: "`corpId` comes from the signature". */
export function signatureNote(fromSignature: readonly SignatureField[]): string {
  if (fromSignature.length === 0) return '';
  const keys = fromSignature.map((field) => `\`${field}\``).join(' and ');
  return `${keys} ${fromSignature.length > 1 ? 'come' : 'comes'} from the provider's signature unless given.`;
}
