import { bizDingPost } from '@dingkit/core/apis/bizDingPost';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.ding.post`: Opens the DING composer with an image (`type: 1`) or a link card (`type: 2`). `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useDingPost(defaults?)`.
 */
export const useDingPost: ApiHook<'biz.ding.post', 'corpId'> = createApiHook(bizDingPost, 'useDingPost', [
  'corpId',
]);
