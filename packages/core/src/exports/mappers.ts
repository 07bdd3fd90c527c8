// Public functions whose modules the lazy chunks use too, bound here rather than re-exported (see
// catalogApi.ts): they reach an app's first load only when the app calls them.
import type { DownloadProgress } from '../catalog/pcApis';
import type { DingTalkError } from '../DingTalkError';
import { toDingTalkError as toError } from '../toDingTalkError';
import { toDownloadProgress as toProgress } from '../toDownloadProgress';
import type { DingTalkErrorCode } from '../types';

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
