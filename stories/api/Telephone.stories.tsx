import { useQuickCallList, useStartClassRoom, useVideoConfCall } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { ApiDocsPage } from './support/ApiDocsPage';
import { hookStories } from './support/hookStories';
import { respondWithJson } from './support/play';

/**
 * 电话与会议: call menus, video meetings and online classes. The mock has no dedicated dialog for
 * these: it shows the call and lets the person answer with the result as JSON.
 */
export default {
  title: 'API/Telephone',
  tags: ['autodocs'],
  parameters: {
    docs: {
      page: () => <ApiDocsPage hooks={['useQuickCallList', 'useVideoConfCall', 'useStartClassRoom']} />,
    },
  },
} satisfies Meta;

const called = '{"callId":"c-1","callType":1,"callTypeList":[1,2]}';

const quickCall = hookStories({
  api: 'biz.telephone.quickCallList',
  use: () => useQuickCallList(),
  label: '联系王芳',
  params: { title: '联系王芳', content: '选择呼叫方式', typeList: [1, 2], staffId: '0102' },
  dialog: 'biz.telephone.quickCallList 需要人工响应',
  respond: ({ canvasElement }) => respondWithJson(canvasElement, 'biz.telephone.quickCallList', called),
  result: called,
});
export const QuickCallListSuccess = quickCall.Success;
export const QuickCallListCancelled = quickCall.Cancelled;
export const QuickCallListFailed = quickCall.Failed;
export const QuickCallListUnsupported = quickCall.Unsupported;
export const QuickCallListBeforeReady = quickCall.BeforeReady;

const videoConf = hookStories({
  api: 'biz.conference.videoConfCall',
  use: () => useVideoConfCall(),
  label: '发起视频会议',
  // calleeCorpId comes from the signature: the mock's organisation.
  params: { title: '周会', calleeStaffIds: ['0108', '0115'] },
  dialog: 'biz.conference.videoConfCall 需要人工响应',
  respond: ({ canvasElement }) => respondWithJson(canvasElement, 'biz.conference.videoConfCall', 'null'),
  result: 'null',
});
export const VideoConfCallSuccess = videoConf.Success;
export const VideoConfCallCancelled = videoConf.Cancelled;
export const VideoConfCallFailed = videoConf.Failed;
export const VideoConfCallUnsupported = videoConf.Unsupported;
export const VideoConfCallBeforeReady = videoConf.BeforeReady;

const classRoom = hookStories({
  api: 'biz.live.startClassRoom',
  use: () => useStartClassRoom(),
  label: '开始上课',
  params: { startParam: { liveUuid: 'live-2026-001' } },
  dialog: 'biz.live.startClassRoom 需要人工响应',
  respond: ({ canvasElement }) => respondWithJson(canvasElement, 'biz.live.startClassRoom', 'null'),
  result: 'null',
});
export const StartClassRoomSuccess = classRoom.Success;
export const StartClassRoomCancelled = classRoom.Cancelled;
export const StartClassRoomFailed = classRoom.Failed;
export const StartClassRoomUnsupported = classRoom.Unsupported;
export const StartClassRoomBeforeReady = classRoom.BeforeReady;
