import type { ApiName } from '@dingkit/core';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useActionSheet } from './useActionSheet';
import { useAlert } from './useAlert';
import { useAuthCode } from './useAuthCode';
import { useChannelAuthCode } from './useChannelAuthCode';
import { useComplexPicker } from './useComplexPicker';
import { useConfirm } from './useConfirm';
import { useContactChoose } from './useContactChoose';
import { useCspacePreview } from './useCspacePreview';
import { useCustomContactChoose } from './useCustomContactChoose';
import { useCustomContactMultipleChoose } from './useCustomContactMultipleChoose';
import { useDepartmentsPicker } from './useDepartmentsPicker';
import { useDingCreate } from './useDingCreate';
import { useDingPost } from './useDingPost';
import { useDownloadFile } from './useDownloadFile';
import { useExternalComplexPicker } from './useExternalComplexPicker';
import { useExternalEditForm } from './useExternalEditForm';
import { useLocalFileExists } from './useLocalFileExists';
import { useOpenLink } from './useOpenLink';
import { useOpenLocalFile } from './useOpenLocalFile';
import { useOpenModal } from './useOpenModal';
import { useOpenPage } from './useOpenPage';
import { useOpenSlidePanel } from './useOpenSlidePanel';
import { useOperateAuthCode } from './useOperateAuthCode';
import { usePreviewImage } from './usePreviewImage';
import { usePrompt } from './usePrompt';
import { useQuickCallList } from './useQuickCallList';
import { useQuit } from './useQuit';
import { useSetLeft } from './useSetLeft';
import { useSetTitle } from './useSetTitle';
import { useStartClassRoom } from './useStartClassRoom';
import { useToast } from './useToast';
import { useUploadAttachment } from './useUploadAttachment';
import { useUploadImage } from './useUploadImage';
import { useVideoConfCall } from './useVideoConfCall';

const corpId = 'ding-corp';
const url = 'https://example.com/files/a.pdf';
const people = [{ name: 'Ann', avatar: '', emplId: '0573' }];

/** The hooks as a component sees them: a `run` and the latest state. */
type AnyHook = () => {
  run: (params: Record<string, unknown>) => Promise<unknown>;
  status: string;
  data: unknown;
  error: { code: string } | undefined;
};

interface Row {
  hook: unknown;
  api: ApiName;
  params: Record<string, unknown>;
  result: unknown;
  /** What reaches the transport when it differs from `params` (corpId from the signature). */
  sent?: Record<string, unknown>;
  /** What the hook's `data` holds when it differs from what DingTalk answered. */
  data?: unknown;
}

/** `params` as they reach the transport: with the signature's corpId. */
const withCorpId = (params: Record<string, unknown>) => ({ params, sent: { ...params, corpId } });

// Every action hook: the API it calls, params a person's click sends, and what DingTalk answers.
// Hooks whose API takes corpId get it from the signature.
const rows: Record<string, Row> = {
  useAuthCode: {
    hook: useAuthCode,
    api: 'runtime.permission.requestAuthCode',
    params: {},
    result: { code: 'auth-1' },
    sent: { corpId },
  },
  useAlert: {
    hook: useAlert,
    api: 'device.notification.alert',
    params: { message: 'Saved' },
    result: undefined,
  },
  useConfirm: {
    hook: useConfirm,
    api: 'device.notification.confirm',
    params: { message: 'Sure?', buttonLabels: ['Yes', 'No'] },
    result: { buttonIndex: 0 },
  },
  usePrompt: {
    hook: usePrompt,
    api: 'device.notification.prompt',
    params: { message: 'Name?' },
    result: { buttonIndex: 0, value: 'Ann' },
  },
  useToast: {
    hook: useToast,
    api: 'device.notification.toast',
    params: { type: 'success', text: 'Saved', duration: 2 },
    result: undefined,
  },
  useActionSheet: {
    hook: useActionSheet,
    api: 'device.notification.actionSheet',
    params: { title: 'Pick', cancelButton: 'Cancel', otherButtons: ['A', 'B'] },
    result: { buttonIndex: -1 },
  },
  useOpenPage: {
    hook: useOpenPage,
    api: 'biz.util.open',
    params: { name: 'profile', params: { id: '0573' } },
    sent: { name: 'profile', params: { id: '0573', corpId } },
    result: undefined,
  },
  useOpenModal: {
    hook: useOpenModal,
    api: 'biz.util.openModal',
    params: { url: 'https://example.com/modal', size: 'middle', title: 'Edit' },
    result: { message: 'saved' },
  },
  useOpenSlidePanel: {
    hook: useOpenSlidePanel,
    api: 'biz.util.openSlidePanel',
    params: { url: 'https://example.com/panel', title: 'Details' },
    result: { message: 'closed by the panel' },
  },
  useUploadImage: {
    hook: useUploadImage,
    api: 'biz.util.uploadImage',
    params: { multiple: true, max: 3 },
    result: ['https://static.dingtalk.com/media/a.jpg'],
  },
  useDownloadFile: {
    hook: useDownloadFile,
    api: 'biz.util.downloadFile',
    params: { url, name: 'a.pdf' },
    // The PC reference's answer; the hook resolves a finished download with nothing.
    result: true,
    data: undefined,
  },
  useOpenLocalFile: { hook: useOpenLocalFile, api: 'biz.util.openLocalFile', params: { url }, result: true },
  useLocalFileExists: {
    hook: useLocalFileExists,
    api: 'biz.util.isLocalFileExist',
    params: { params: [{ url }] },
    result: [{ url, path: 'C:/Downloads/a.pdf', isExist: true }],
  },
  usePreviewImage: {
    hook: usePreviewImage,
    api: 'biz.util.previewImage',
    params: {
      urls: ['https://example.com/1.jpg', 'https://example.com/2.jpg'],
      current: 'https://example.com/2.jpg',
    },
    result: undefined,
  },
  useOpenLink: {
    hook: useOpenLink,
    api: 'biz.util.openLink',
    params: { url: 'https://www.dingtalk.com' },
    result: undefined,
  },
  useQuit: { hook: useQuit, api: 'biz.navigation.quit', params: { message: 'bye' }, result: undefined },
  useSetTitle: {
    hook: useSetTitle,
    api: 'biz.navigation.setTitle',
    params: { title: 'Orders' },
    result: undefined,
  },
  useSetLeft: {
    hook: useSetLeft,
    api: 'biz.navigation.setLeft',
    params: { text: 'Back' },
    result: undefined,
  },
  useDingPost: {
    hook: useDingPost,
    api: 'biz.ding.post',
    ...withCorpId({
      users: ['0573'],
      type: 2,
      alertType: 2,
      alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2015-05-09 08:00' },
      attachment: { title: 'Spec', url: 'https://example.com/spec' },
      text: 'Please read',
    }),
    result: undefined,
  },
  useContactChoose: {
    hook: useContactChoose,
    api: 'biz.contact.choose',
    ...withCorpId({ multiple: true, users: [], max: 10 }),
    result: people,
  },
  useCustomContactChoose: {
    hook: useCustomContactChoose,
    api: 'biz.customContact.choose',
    ...withCorpId({ users: ['0573', '0574'], title: 'Who?' }),
    result: people,
  },
  useCustomContactMultipleChoose: {
    hook: useCustomContactMultipleChoose,
    api: 'biz.customContact.multipleChoose',
    ...withCorpId({ users: ['0573', '0574'], selectedUsers: ['0573'], disabledUsers: ['0574'], max: 2 }),
    result: people,
  },
  useChannelAuthCode: {
    hook: useChannelAuthCode,
    api: 'channel.permission.requestAuthCode',
    params: {},
    result: { code: 'channel-1' },
    sent: { corpId },
  },
  useOperateAuthCode: {
    hook: useOperateAuthCode,
    api: 'runtime.permission.requestOperateAuthCode',
    params: {},
    result: { code: 'operate-1' },
    sent: { corpId, agentId: '1001' },
  },
  useQuickCallList: {
    hook: useQuickCallList,
    api: 'biz.telephone.quickCallList',
    ...withCorpId({ title: 'Call', content: 'Call Ann', typeList: [1, 2], staffId: '0573' }),
    result: { callId: 'call-1', callType: 1, callTypeList: [1, 2] },
  },
  useDingCreate: {
    hook: useDingCreate,
    api: 'biz.ding.create',
    ...withCorpId({ users: ['0573'], text: 'Stand-up at 10', bizType: 0 }),
    result: { dingCreateResult: true },
  },
  useComplexPicker: {
    hook: useComplexPicker,
    api: 'biz.contact.complexPicker',
    ...withCorpId({ multiple: true, maxUsers: 5, pickedUsers: ['0573'] }),
    result: { selectedCount: 1, users: people, departments: [] },
  },
  useDepartmentsPicker: {
    hook: useDepartmentsPicker,
    api: 'biz.contact.departmentsPicker',
    ...withCorpId({ multiple: true, maxDepartments: 2 }),
    result: { userCount: 12, departments: [{ id: '1', name: 'Sales', number: 12 }], departmentsCount: 1 },
  },
  useExternalComplexPicker: {
    hook: useExternalComplexPicker,
    api: 'biz.contact.externalComplexPicker',
    ...withCorpId({ multiple: false }),
    result: [{ name: 'Eve', avatar: '', userId: 'ext-1', orgName: 'Partner Ltd' }],
  },
  useExternalEditForm: {
    hook: useExternalEditForm,
    api: 'biz.contact.externalEditForm',
    ...withCorpId({ name: 'Eve', mobile: '13800000000' }),
    result: { userId: 'ext-1', name: 'Eve' },
  },
  useCspacePreview: {
    hook: useCspacePreview,
    api: 'biz.cspace.preview',
    ...withCorpId({ spaceId: 's1', fileId: 'f1', fileName: 'a.pdf', fileSize: 1024, fileType: 'pdf' }),
    result: undefined,
  },
  useUploadAttachment: {
    hook: useUploadAttachment,
    api: 'biz.util.uploadAttachment',
    params: { types: ['file', 'space'], file: { spaceId: 's1', max: 3 }, space: { spaceId: 's1' } },
    sent: { types: ['file', 'space'], file: { spaceId: 's1', max: 3 }, space: { spaceId: 's1', corpId } },
    result: {
      type: 'file',
      data: [{ spaceId: 's1', fileId: 'f1', fileName: 'a.pdf', fileSize: 1024, fileType: 'pdf' }],
    },
  },
  useVideoConfCall: {
    hook: useVideoConfCall,
    api: 'biz.conference.videoConfCall',
    params: { title: 'Weekly', calleeCorpId: corpId, calleeStaffIds: ['0573'] },
    result: undefined,
  },
  useStartClassRoom: {
    hook: useStartClassRoom,
    api: 'biz.live.startClassRoom',
    params: { startParam: { liveUuid: 'live-1' } },
    result: undefined,
  },
};

function Action({ hook, params }: { hook: AnyHook; params: Record<string, unknown> }) {
  const { run, status, data, error } = hook();
  return (
    <>
      <button type="button" onClick={() => run(params)}>
        Run
      </button>
      <output>
        {status === 'success' ? `done: ${JSON.stringify(data) ?? 'nothing'}` : (error?.code ?? status)}
      </output>
    </>
  );
}

describe('one hook per API', () => {
  it.each(Object.entries(rows))('%s calls its API and shows what DingTalk answered', async (_, row) => {
    const { transport, user } = renderWithDingTalk(<Action hook={row.hook as AnyHook} params={row.params} />);
    transport.answer(row.api, row.result);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const data = 'data' in row ? row.data : row.result;
    expect(
      await screen.findByText(`done: ${JSON.stringify(data) ?? 'nothing'}`, { selector: 'output' }),
    ).toBeTruthy();
    expect(transport.calls).toHaveLength(1);
    expect(transport.calls[0]).toMatchObject({ api: row.api, params: row.sent ?? row.params });
  });

  it.each(Object.entries(rows))('%s shows the failure DingTalk reported', async (_, row) => {
    const { transport, user } = renderWithDingTalk(<Action hook={row.hook as AnyHook} params={row.params} />);
    transport.answer(row.api, () => Promise.reject({ errorCode: 9, errorMessage: 'server busy' }));
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByText('API_FAILED', { selector: 'output' })).toBeTruthy();
    await waitFor(() => expect(transport.calls).toHaveLength(1));
  });
});
