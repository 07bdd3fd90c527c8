export {
  type CreateDingTalkPCBridgeOptions,
  createDingTalkPCBridge,
  type DingTalkPCGlobal,
  getDingTalkPCGlobal,
} from './adapters/createDingTalkPCBridge';
export { type CreateJsapiBridgeOptions, createJsapiBridge } from './adapters/createJsapiBridge';
export { detectBridge } from './adapters/detectBridge';
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
  type SignatureKey,
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
export { type ApiSpec, apisNeedingAuth, type ClientPlatform, catalog } from './catalog/catalog';
export type * from './catalog/extraApis';
export { compareVersions, isSupported } from './catalog/isSupported';
export type * from './catalog/pcApis';
export { validateParams } from './catalog/validate';
export { type CreateBridgeOptions, createBridge } from './createBridge';
export {
  DingTalkClient,
  type DingTalkClientOptions,
  type DingTalkState,
  type DingTalkStatus,
  type SignatureConfig,
} from './DingTalkClient';
export {
  DingTalkError,
  type DingTalkErrorCode,
  type DingTalkErrorOptions,
  isDingTalkError,
} from './DingTalkError';
export { type DetectedPlatform, detectPlatform } from './detectPlatform';
export { type ImageZoomSize, imageZoomSizes, resizeImageUrl } from './resizeImageUrl';
export { type SignInput, sign } from './sign';
export { signatureUrl } from './signatureUrl';
export { toDingTalkError } from './toDingTalkError';
export { toDownloadProgress } from './toDownloadProgress';
