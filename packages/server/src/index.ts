export {
  createDingTalkServer,
  type DingTalkServer,
  type DingTalkServerOptions,
  type DingTalkUser,
  type SignatureConfig,
  tokenErrcodes,
} from './createDingTalkServer';
export { createMemoryStore, type MemoryStoreOptions } from './createMemoryStore';
export {
  DingTalkServerError,
  type DingTalkServerErrorCode,
  type DingTalkServerErrorOptions,
  isDingTalkServerError,
} from './DingTalkServerError';
export type { DingTalkServerLogger } from './DingTalkServerLogger';
export type { DingTalkStore } from './DingTalkStore';
