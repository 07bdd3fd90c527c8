import { bizDingCreate } from '@dingkit/core/apis/bizDingCreate';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.ding.create`: Opens the DING 2.0 composer (DING, task or meeting). `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useDingCreate(defaults?)`.
 */
export const useDingCreate: ApiHook<'biz.ding.create', 'corpId'> = createApiHook(
  bizDingCreate,
  'useDingCreate',
  ['corpId'],
);
