export { type BridgeLoader, detectBridge } from './adapters/detectBridge';
export { type DingTalkPCGlobal, getDingTalkPCGlobal } from './adapters/getDingTalkPCGlobal';
export {
  CallObserver,
  type CallObserverOptions,
  type CallResult,
  type CallStatus,
  type Run,
  type RunOptions,
  type RunParams,
} from './CallObserver';
export type {
  ApiMap,
  ApiName,
  ApiParams,
  ApiProgress,
  ApiRepeat,
  ApiResult,
  EventMap,
  EventName,
  EventPayload,
  RepeatMap,
} from './catalog/ApiMap';
export type { Catalog } from './catalog/catalog';
export type * from './catalog/extraApis';
export type * from './catalog/mobileApis';
export type * from './catalog/pcApis';
export { compareVersions } from './catalog/supports';
export { clientPlatforms } from './clientPlatforms';
export { createSignatureFetcher } from './createSignatureFetcher';
export {
  DingTalkClient,
  type DingTalkClientOptions,
  type DingTalkState,
  type DingTalkStatus,
} from './DingTalkClient';
export { DingTalkError, isDingTalkError } from './DingTalkError';
export { defaultLocale } from './defaultLocale';
export { detectPlatform } from './detectPlatform';
export {
  type CreateDingTalkPCBridgeOptions,
  type CreateJsapiBridgeOptions,
  createBridge,
  createDingTalkPCBridge,
  createJsapiBridge,
} from './exports/bridges';
// Bound in their own modules, so that they reach an app's first load only when it calls them.
export { apisNeedingAuth, catalog, isSupported, validateParams } from './exports/catalogApi';
export { loadApi, localize } from './exports/loaders';
export { toDingTalkError, toDownloadProgress } from './exports/mappers';
export { prepareDingTalk } from './prepareDingTalk';
export { type ImageZoomSize, imageZoomSizes, resizeImageUrl } from './resizeImageUrl';
export { type SignInput, sign } from './sign';
export { signatureUrl } from './signatureUrl';
export type {
  ApiCatalog,
  ApiDescriptor,
  ApiSpec,
  Bridge,
  BridgeConfig,
  CallEvent,
  CallListener,
  CallOptions,
  ClientCallOptions,
  ClientPlatform,
  CreateBridgeOptions,
  DetectedPlatform,
  DingTalkErrorCode,
  DingTalkErrorOptions,
  ErrorFacts,
  InvokeContext,
  JsapiConfig,
  Locale,
  MessageOf,
  Platform,
  ReadyInfo,
  Rule,
  RuleCheck,
  RuleFacts,
  RuleKind,
  SignatureConfig,
  SignatureField,
  SignatureKey,
  Transport,
} from './types';
