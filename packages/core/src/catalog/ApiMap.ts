import type { ExtraApiMap } from './extraApis';
import type { GenericApiName } from './genericApis';
import type { PcApiMap } from './pcApis';

/** APIs the docs list without a shape: params and result are open records. */
export type GenericApiMap = {
  [A in Exclude<GenericApiName, keyof PcApiMap | keyof ExtraApiMap>]: {
    params: Record<string, unknown>;
    result: Record<string, unknown>;
  };
};

/** Every JS-API dingkit knows, by name, with its params and result types. */
export interface ApiMap extends PcApiMap, ExtraApiMap, GenericApiMap {}

export type ApiName = keyof ApiMap;
export type ApiParams<A extends ApiName> = ApiMap[A]['params'];
export type ApiResult<A extends ApiName> = ApiMap[A]['result'];
export type ApiProgress<A extends ApiName> = ApiMap[A] extends { progress: infer P } ? P : never;

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
export type EventName = keyof EventMap;
export type EventPayload<E extends EventName> = EventMap[E];
