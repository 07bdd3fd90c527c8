// What the first load defers, in one chunk: a client's session and the adapters (dingtalk-jsapi's,
// and the legacy `DingTalkPC` global's) with their guards. A page inside DingTalk needs a session
// and one adapter before its first call: they arrive in one request, started with the signature
// request. The legacy adapter is small, and rare pages need it: not worth a request of its own.
export { jsapiBridge } from './adapters/adapter';
export { legacyBridge } from './adapters/legacyBridge';
export { loadApi } from './loadApi';
export { localize } from './localize';
export { createSession } from './session';

/**
 * What each platform module of dingtalk-jsapi imports from this chunk: the chunk then is a static
 * import of the platform's, and bundlers request the two together (see `loadJsapi`).
 */
export const withPlatform = true;
