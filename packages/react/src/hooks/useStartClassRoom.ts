import { bizLiveStartClassRoom } from '@dingkit/core/apis/bizLiveStartClassRoom';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.live.startClassRoom`: Starts an online class (ISV apps, PC).
 * `const { run, data, error, status, isPending, reset } = useStartClassRoom(defaults?)`.
 */
export const useStartClassRoom: ApiHook<'biz.live.startClassRoom'> = createApiHook(
  bizLiveStartClassRoom,
  'useStartClassRoom',
);
