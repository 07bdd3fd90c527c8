import { bizUtilOpenLocalFile } from '@dingkit/core/apis/bizUtilOpenLocalFile';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.openLocalFile`: Opens a downloaded file by its cache key (the download URL).
 * `const { run, data, error, status, isPending, reset } = useOpenLocalFile(defaults?)`.
 */
export const useOpenLocalFile: ApiHook<'biz.util.openLocalFile'> = createApiHook(
  bizUtilOpenLocalFile,
  'useOpenLocalFile',
);
