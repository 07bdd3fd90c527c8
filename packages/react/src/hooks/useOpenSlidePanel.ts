import { bizUtilOpenSlidePanel } from '@dingkit/core/apis/bizUtilOpenSlidePanel';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.openSlidePanel`: Opens a URL in the slide panel; resolves with the `message` the page passed to `biz.navigation.quit`.
 * `const { run, data, error, status, isPending, reset } = useOpenSlidePanel(defaults?)`.
 */
export const useOpenSlidePanel: ApiHook<'biz.util.openSlidePanel'> = createApiHook(
  bizUtilOpenSlidePanel,
  'useOpenSlidePanel',
);
