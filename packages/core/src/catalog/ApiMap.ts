import type { ExtraApiMap } from './extraApis';
import type { GenericApiName } from './genericApis';
import type { JsapiApiMap } from './jsapiTypes.generated';
import type { JsapiUnionApiMap } from './jsapiUnionTypes.generated';
import type { MobileApiMap } from './mobileApis';
import type { PcApiMap } from './pcApis';

/**
 * APIs without a hand-written type: params and result as dingtalk-jsapi declares them (see
 * jsapiTypes.generated.ts); open records where it declares none.
 */
export type GenericApiMap = {
  [A in Exclude<GenericApiName, keyof PcApiMap | keyof ExtraApiMap | keyof MobileApiMap>]: JsapiApiMap[A];
};

/**
 * dingtalk-jsapi's newer API names (`chooseImage`, `getLocation`, …), typed as it declares them.
 * Each calls a legacy API (its descriptor's `calls`); where it passes params and result on
 * unchanged, both names are the same call.
 */
export type UnionApiMap = {
  [A in keyof JsapiUnionApiMap]: {
    params: JsapiUnionApiMap[A]['params'];
    result: JsapiUnionApiMap[A]['result'];
  };
};

/** Every JS-API dingkit knows, by name, with its params and result types. */
export interface ApiMap extends PcApiMap, ExtraApiMap, MobileApiMap, GenericApiMap, UnionApiMap {}

/** The name of a JS-API, without the `dd.` prefix (e.g. `'biz.contact.choose'`). */
export type ApiName = keyof ApiMap;
/** The params `A` takes. */
export type ApiParams<A extends ApiName> = ApiMap[A]['params'];
/** What `A` resolves with. */
export type ApiResult<A extends ApiName> = ApiMap[A]['result'];
/** What `A` reports through `onProgress`; `never` for APIs without progress. */
export type ApiProgress<A extends ApiName> = ApiMap[A] extends { progress: infer P } ? P : never;

/**
 * What the later answers carry of the APIs the client keeps answering (see
 * `CallOptions.onRepeat`): dingtalk-jsapi's `watch` APIs. A tap on a navigation bar button
 * carries nothing to rely on; a menu item carries its `id`.
 */
export interface RepeatMap {
  'biz.navigation.setLeft': unknown;
  setNavigationLeft: unknown;
  'biz.navigation.setRight': unknown;
  'biz.navigation.setMenu': { id: string };
  'biz.navigation.setIcon': unknown;
  setNavigationIcon: unknown;
  'device.accelerometer.watchShake': unknown;
  watchShake: unknown;
  'ui.pullToRefresh.enable': unknown;
  enablePullDownRefresh: unknown;
}
/** What `A`'s later answers carry (`onRepeat`); `never` for APIs that answer once. */
export type ApiRepeat<A extends ApiName> = A extends keyof RepeatMap ? RepeatMap[A] : never;

/** Client events and their payloads. */
export interface EventMap {
  /** The left button set by `biz.navigation.setLeft` was clicked (PC slide panel). */
  leftBtnClick: undefined;
  /** Android back button (mobile). */
  backbutton: undefined;
  /** The page came back to the foreground (mobile). */
  resume: undefined;
  /** The page went to the background (mobile). */
  pause: undefined;
}
/** The name of a client event. */
export type EventName = keyof EventMap;
/** What listeners of `E` receive. */
export type EventPayload<E extends EventName> = EventMap[E];
