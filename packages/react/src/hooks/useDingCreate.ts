import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.ding.create`: Opens the DING 2.0 composer (DING, task or meeting).
 * `const { run, data, error, status, isPending, reset } = useDingCreate(defaults?)`.
 */
export const useDingCreate: ApiHook<'biz.ding.create'> = createApiHook('biz.ding.create');
