export { detectBridge } from './adapters/detectBridge';
export { type DingTalkPCGlobal, getDingTalkPCGlobal } from './adapters/getDingTalkPCGlobal';
export type { CreateJsapiBridgeOptions } from './adapters/jsapiBridge';
export type { CreateDingTalkPCBridgeOptions } from './adapters/legacyBridge';
export type {
  Bridge,
  CallOptions,
  InvokeContext,
  JsapiConfig,
  Platform,
  ReadyInfo,
  Transport,
} from './Bridge';
export {
  CallObserver,
  type CallObserverOptions,
  type CallResult,
  type CallStatus,
  type Run,
  type RunParams,
} from './CallObserver';
export type {
  ApiMap,
  ApiName,
  ApiParams,
  ApiProgress,
  ApiResult,
  EventMap,
  EventName,
  EventPayload,
} from './catalog/ApiMap';
export type { ApiSpec, ClientPlatform } from './catalog/catalog';
export type * from './catalog/extraApis';
export type * from './catalog/mobileApis';
export type * from './catalog/pcApis';
export type { CreateBridgeOptions } from './createBridge';
export { createSignatureFetcher } from './createSignatureFetcher';
export {
  type ClientCallOptions,
  DingTalkClient,
  type DingTalkClientOptions,
  type DingTalkState,
  type DingTalkStatus,
  type SignatureConfig,
  type SignatureField,
  type SignatureKey,
} from './DingTalkClient';
export {
  DingTalkError,
  type DingTalkErrorCode,
  type DingTalkErrorOptions,
  isDingTalkError,
} from './DingTalkError';
export { type DetectedPlatform, detectPlatform } from './detectPlatform';
// Bound in their own modules, so that they reach an app's first load only when it calls them.
export { apisNeedingAuth, catalog, compareVersions, isSupported } from './exports/catalogApi';
export {
  createBridge,
  createDingTalkPCBridge,
  createJsapiBridge,
  toDingTalkError,
  toDownloadProgress,
  validateParams,
} from './exports/engineApi';
export { type ImageZoomSize, imageZoomSizes, resizeImageUrl } from './resizeImageUrl';
export { type SignInput, sign } from './sign';
export { signatureUrl } from './signatureUrl';
