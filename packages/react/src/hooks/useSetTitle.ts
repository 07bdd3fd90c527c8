import { bizNavigationSetTitle } from '@dingkit/core/apis/bizNavigationSetTitle';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.navigation.setTitle`: Sets the title of the modal or slide panel this page runs in. See also `useNavigationTitle`.
 * `const { run, data, error, status, isPending, reset } = useSetTitle(defaults?)`.
 */
export const useSetTitle: ApiHook<'biz.navigation.setTitle'> = createApiHook(
  bizNavigationSetTitle,
  'useSetTitle',
);
