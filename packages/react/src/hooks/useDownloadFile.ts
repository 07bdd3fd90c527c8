import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.downloadFile`: downloads a file into DingTalk's cache; resolves `true` when done.
 * `progress` holds the latest `{ loaded, total, percent }` the client reported, and `cancel()`
 * aborts the download (the call rejects `ABORTED`).
 * `const { run, progress, cancel, data, error, status, isPending, reset } = useDownloadFile(defaults?)`.
 */
export const useDownloadFile: ApiHook<'biz.util.downloadFile'> = createApiHook('biz.util.downloadFile');
