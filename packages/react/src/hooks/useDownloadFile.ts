import { bizUtilDownloadFile } from '@dingkit/core/apis/bizUtilDownloadFile';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.downloadFile`: downloads a file into DingTalk's cache; resolves (with nothing: clients
 * answer `true`, `{}` or nothing) when done, and the file opens by its URL (`useOpenLocalFile`).
 * `progress` holds the latest `{ loaded, total, percent }` the client reported (`percent` a whole
 * number, 100 on success), and `cancel()` aborts the download: `run()` rejects `ABORTED` and the
 * hook goes back to `idle`.
 * `const { run, progress, cancel, data, error, status, isPending, reset } = useDownloadFile(defaults?)`.
 */
export const useDownloadFile: ApiHook<'biz.util.downloadFile'> = createApiHook(
  bizUtilDownloadFile,
  'useDownloadFile',
);
