import type { ApiName } from './ApiMap';

/** A platform that can host a micro-app. */
export type ClientPlatform = 'android' | 'ios' | 'pc';

/** What the catalog knows of one API. */
export interface ApiSpec {
  /** Needs `jsApiList` authorisation through `config` (是否需鉴权). */
  readonly auth: boolean;
  /** Supported per platform, from the handbook's H5 JS-API table. */
  readonly support: Readonly<Record<ClientPlatform, boolean>>;
  /** Lowest client version per platform, as dingtalk-jsapi registers it. */
  readonly minVersion?: Readonly<Partial<Record<ClientPlatform, string>>>;
  /** Waits for a person (dialog, picker): no default timeout. */
  readonly interactive?: boolean;
}

// TODO(catalog): every API.
export const catalog: { readonly [A in ApiName]: ApiSpec } = {} as { readonly [A in ApiName]: ApiSpec };
