// The hook table (see apiHooks.ts): DING, calls and meetings.
import { bizConferenceVideoConfCall } from '@dingkit/core/apis/bizConferenceVideoConfCall';
import { bizDingCreate } from '@dingkit/core/apis/bizDingCreate';
import { bizDingPost } from '@dingkit/core/apis/bizDingPost';
import { bizLiveStartClassRoom } from '@dingkit/core/apis/bizLiveStartClassRoom';
import { bizTelephoneQuickCallList } from '@dingkit/core/apis/bizTelephoneQuickCallList';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * Opens the DING composer (PC) with an image (`type: 1`) or a link card (`type: 2`).
 * 发 DING（PC）：附图片（`type: 1`）或链接卡片（`type: 2`）。
 */
export const useDingPost: ApiHook<'biz.ding.post', 'corpId'> = createApiHook(bizDingPost, 'useDingPost', [
  'corpId',
]);

/**
 * Opens DingTalk's DING 2.0 composer (notice, task or meeting); resolves with `{ dingCreateResult }`.
 * 创建 DING 2.0（通知、任务或会议），返回 `{ dingCreateResult }`。
 */
export const useDingCreate: ApiHook<'biz.ding.create', 'corpId'> = createApiHook(
  bizDingCreate,
  'useDingCreate',
  ['corpId'],
);

/**
 * Offers the ways to call one person; resolves with `{ callId, callType, callTypeList }`.
 * 快捷拨号：列出联系某人的方式，返回所选方式。
 */
export const useQuickCallList: ApiHook<'biz.telephone.quickCallList', 'corpId'> = createApiHook(
  bizTelephoneQuickCallList,
  'useQuickCallList',
  ['corpId'],
);

/**
 * Starts a video meeting with colleagues (`calleeCorpId`: the signature's `corpId` unless given).
 * 发起视频会议（不传 `calleeCorpId` 时取签名中的 `corpId`）。
 */
export const useVideoConfCall: ApiHook<'biz.conference.videoConfCall', 'calleeCorpId=corpId'> = createApiHook(
  bizConferenceVideoConfCall,
  'useVideoConfCall',
  ['calleeCorpId=corpId'],
);

/**
 * Starts an online class (PC).
 * 发起在线课堂（PC）。
 */
export const useStartClassRoom: ApiHook<'biz.live.startClassRoom'> = createApiHook(
  bizLiveStartClassRoom,
  'useStartClassRoom',
);
