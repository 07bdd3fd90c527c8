import type { ApiDescriptor, ClientPlatform } from '../types';
import type { ApiName } from './ApiMap';

const platforms: readonly ClientPlatform[] = ['android', 'ios', 'pc', 'harmony'];

/** What a descriptor may add to the catalog's facts: rules, the bridges' adapters, the API it calls. */
export type ApiExtras<A extends ApiName> = Pick<
  ApiDescriptor<A>,
  'rules' | 'send' | 'progress' | 'result' | 'calls'
>;

/**
 * Makes the descriptor of one API from the handbook's code of it — A = Android, I = iOS, P = PC,
 * H = HarmonyOS, `+` = needs authorisation, `~` = waits for a person — and the lowest client versions
 * dingtalk-jsapi registers (`'mobile pc harmony'`, `mobile` as `android/ios` when they differ,
 * `-` for none). HarmonyOS, which the handbook's table has no column for, runs what dingtalk-jsapi
 * registers a HarmonyOS version for.
 */
/* @__NO_SIDE_EFFECTS__ */
export function api<A extends ApiName>(
  name: A,
  code: string,
  versions: string,
  extras?: ApiExtras<A>,
): ApiDescriptor<A> {
  const [mobile = '-', pc, harmony] = versions.split(' ');
  const [android, ios = android] = mobile.split('/');
  const minVersion: Partial<Record<ClientPlatform, string>> = {};
  [android, ios, pc, harmony].forEach((version, p) => {
    if (version && version !== '-') minVersion[platforms[p]!] = version;
  });
  return {
    name,
    auth: code.includes('+'),
    support: {
      android: code.includes('A'),
      ios: code.includes('I'),
      pc: code.includes('P'),
      harmony: code.includes('H') || !!minVersion.harmony,
    },
    minVersion,
    interactive: code.includes('~'),
    ...extras,
  };
}

/**
 * The descriptor of an API dingkit does not know: no rules, no support checks, answering by
 * itself (the default timeout applies).
 */
export const unknownApi = (name: string): ApiDescriptor => api(name as ApiName, 'AIPH', '');
