import { bizConferenceVideoConfCall } from '@dingkit/core/apis/bizConferenceVideoConfCall';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.conference.videoConfCall`: Starts a video meeting with colleagues.
 * `const { run, data, error, status, isPending, reset } = useVideoConfCall(defaults?)`.
 */
export const useVideoConfCall: ApiHook<'biz.conference.videoConfCall'> = createApiHook(
  bizConferenceVideoConfCall,
  'useVideoConfCall',
);
