import { bizNavigationQuit } from '@dingkit/core/apis/bizNavigationQuit';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.navigation.quit`: Closes the modal or slide panel this page runs in, passing `message` to its opener.
 * `const { run, data, error, status, isPending, reset } = useQuit(defaults?)`.
 */
export const useQuit: ApiHook<'biz.navigation.quit'> = createApiHook(bizNavigationQuit, 'useQuit');
