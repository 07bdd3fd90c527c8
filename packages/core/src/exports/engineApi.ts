// Public functions whose modules the lazily loaded engine uses too, bound here rather than
// re-exported (see catalogApi.ts): they reach an app's first load only when the app calls them.
// The adapters' public forms read the host here; the engine is handed what detectBridge read
// up front, so it never reads the host itself.
import { type DingTalkPCGlobal, getDingTalkPCGlobal } from '../adapters/getDingTalkPCGlobal';
import { type CreateJsapiBridgeOptions, jsapiBridge } from '../adapters/jsapiBridge';
import { type CreateDingTalkPCBridgeOptions, legacyBridge } from '../adapters/legacyBridge';
import { loadJsapi } from '../adapters/loadJsapi';
import type { Bridge, Transport } from '../Bridge';
import type { ApiName } from '../catalog/ApiMap';
import type { DownloadProgress } from '../catalog/pcApis';
import { validateParams as validate } from '../catalog/validate';
import { type CreateBridgeOptions, createBridge as guarded } from '../createBridge';
import type { DingTalkError, DingTalkErrorCode } from '../DingTalkError';
import { detectPlatform } from '../detectPlatform';
import { readHostEnv } from '../hostEnv';
import { hostVersion } from '../hostVersion';
import { toDingTalkError as toError } from '../toDingTalkError';
import { toDownloadProgress as toProgress } from '../toDownloadProgress';

/**
 * Throws `INVALID_PARAMS` naming the API, the field and the rule when params break a documented
 * limit, before anything reaches the client. APIs without documented limits only need an object.
 */
export function validateParams(api: ApiName | string, params: unknown): void {
  validate(api, params);
}

/**
 * Wraps a transport into a `Bridge`: validates params, checks platform support and authorisation
 * before anything crosses, maps failures to `DingTalkError`, and makes every call settle.
 */
export function createBridge(transport: Transport, options?: CreateBridgeOptions): Bridge {
  return guarded(transport, options);
}

/**
 * A `Bridge` over the official `dingtalk-jsapi` package (an optional peer dependency: install
 * it next to @dingkit/core). The package is imported on the first `config` or `call`, never on
 * import, so server rendering is safe. Calls go through the package's generic invoker with
 * explicit params; `config` can run again after a client-side navigation (the package's own
 * `dd.config` only runs once per page). Outside DingTalk every call rejects `NOT_IN_DINGTALK`
 * at once and nothing is loaded. `detectBridge()` gives the same bridge with a smaller first load.
 */
export function createJsapiBridge(options: CreateJsapiBridgeOptions = {}): Bridge {
  return jsapiBridge(detectPlatform(), options, loadJsapi);
}

/**
 * A `Bridge` over the legacy `DingTalkPC` global, for pages that still load the old PC script
 * instead of dingtalk-jsapi. Without the global (on a server, outside the client) it is a
 * working bridge whose calls reject `NOT_IN_DINGTALK`.
 */
export function createDingTalkPCBridge(
  global: DingTalkPCGlobal | undefined = getDingTalkPCGlobal(),
  options: CreateDingTalkPCBridgeOptions = {},
): Bridge {
  return legacyBridge(global, hostVersion(readHostEnv(), true), options);
}

/**
 * Maps whatever a transport rejected with (the client's `{ errorCode, errorMessage }` body, an
 * Error, a string) to a `DingTalkError`. A `DingTalkError` passes through unchanged.
 */
export function toDingTalkError(api: string, raw: unknown, fallback?: DingTalkErrorCode): DingTalkError {
  return toError(api, raw, fallback);
}

/**
 * Normalises a download progress report. Clients have sent a bare number (0–1 or 0–100),
 * `{ percent }`, `{ progress }`, or byte counts (`loaded`/`total`, `receivedBytes`/`totalBytes`,
 * `size`/`totalSize`); anything else is dropped. `percent` is rounded to a whole number, as the
 * client shows it.
 */
export function toDownloadProgress(raw: unknown): DownloadProgress | undefined {
  return toProgress(raw);
}
