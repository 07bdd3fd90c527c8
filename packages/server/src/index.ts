export type { CircuitBreakerOptions } from './createCircuitBreaker';
export {
  createDingTalkServer,
  type DingTalkServer,
  type DingTalkServerOptions,
  type SignatureConfig,
} from './createDingTalkServer';
export type { DingTalkServerErrorBody } from './createHandler';
export { createMemoryStore, type MemoryStoreOptions } from './createMemoryStore';
export {
  createSessionCookie,
  type DingTalkSession,
  type SessionCookie,
  type SessionCookieOptions,
} from './createSessionCookie';
export { tokenErrcodes } from './createUpstream';
export {
  DingTalkServerError,
  type DingTalkServerErrorCode,
  type DingTalkServerErrorOptions,
  dingTalkServerErrorCodes,
  isDingTalkServerError,
} from './DingTalkServerError';
export type { DingTalkServerLogger } from './DingTalkServerLogger';
export type { DingTalkStore } from './DingTalkStore';
export type { DingTalkUser } from './DingTalkUser';
export type { DingTalkServerLocale, DingTalkServerResponseErrorCode } from './serverMessages';
