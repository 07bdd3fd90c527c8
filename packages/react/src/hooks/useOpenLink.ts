import { bizUtilOpenLink } from '@dingkit/core/apis/bizUtilOpenLink';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.openLink`: Opens a URL in the system browser.
 * `const { run, data, error, status, isPending, reset } = useOpenLink(defaults?)`.
 */
export const useOpenLink: ApiHook<'biz.util.openLink'> = createApiHook(bizUtilOpenLink, 'useOpenLink');
