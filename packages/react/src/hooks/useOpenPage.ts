import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.open`: Opens a DingTalk page; on PC only `name: 'profile'` (a person's profile).
 * `const { run, data, error, status, isPending, reset } = useOpenPage(defaults?)`.
 */
export const useOpenPage: ApiHook<'biz.util.open'> = createApiHook('biz.util.open');
