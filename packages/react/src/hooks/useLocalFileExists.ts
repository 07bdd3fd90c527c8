import { bizUtilIsLocalFileExist } from '@dingkit/core/apis/bizUtilIsLocalFileExist';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.isLocalFileExist`: Checks which downloaded files are still on disk; resolves with `{ url, path, isExist }` per file.
 * `const { run, data, error, status, isPending, reset } = useLocalFileExists(defaults?)`.
 */
export const useLocalFileExists: ApiHook<'biz.util.isLocalFileExist'> = createApiHook(
  bizUtilIsLocalFileExist,
  'useLocalFileExists',
);
