import { bizNavigationSetLeft } from '@dingkit/core/apis/bizNavigationSetLeft';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.navigation.setLeft`: Sets the slide panel's left button text. See also `useLeftButton`.
 * `const { run, data, error, status, isPending, reset } = useSetLeft(defaults?)`.
 */
export const useSetLeft: ApiHook<'biz.navigation.setLeft'> = createApiHook(
  bizNavigationSetLeft,
  'useSetLeft',
);
