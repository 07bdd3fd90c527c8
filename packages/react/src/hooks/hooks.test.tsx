import type { DingTalkError, Platform } from '@dingkit/core';
import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createSpyTransport } from '../test/createSpyTransport';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import * as table from './apiHooks';

const corpId = 'ding-corp';
const url = 'https://example.com/files/a.pdf';
const people = [{ name: 'Ann', avatar: '', emplId: '0573' }];

type HookName = keyof typeof table;

/** A hook as a component sees it: `run`, `cancel` and the latest state. */
type AnyHook = () => {
  run: (
    params: Record<string, unknown>,
    options?: { signal?: AbortSignal; timeoutMs?: number },
  ) => Promise<unknown>;
  cancel: () => void;
  status: string;
  data: unknown;
  error: { code: string } | undefined;
};

interface Example {
  /** What a person's click sends. */
  params: Record<string, unknown>;
  /** What DingTalk answers. */
  result: unknown;
  /** What reaches the transport when it differs from `params` (corpId from the signature). */
  sent?: Record<string, unknown>;
  /** What the hook's `data` holds when it differs from what DingTalk answered. */
  data?: unknown;
}

/** `params` as they reach the transport: with the signature's corpId. */
const withCorpId = (params: Record<string, unknown>) => ({ params, sent: { ...params, corpId } });

// For every hook of the table: params a person's click sends and what DingTalk answers. The API a
// hook calls is its own (`hook.api`); hooks whose API takes corpId get it from the signature.
const examples = {
  useAuthCode: {
    params: {},
    result: { code: 'auth-1' },
    sent: { corpId },
  },
  useAlert: {
    params: { message: 'Saved' },
    result: undefined,
  },
  useConfirm: {
    params: { message: 'Sure?', buttonLabels: ['Yes', 'No'] },
    result: { buttonIndex: 0 },
  },
  usePrompt: {
    params: { message: 'Name?' },
    result: { buttonIndex: 0, value: 'Ann' },
  },
  useToast: {
    params: { type: 'success', text: 'Saved', duration: 2 },
    result: undefined,
  },
  useActionSheet: {
    params: { title: 'Pick', cancelButton: 'Cancel', otherButtons: ['A', 'B'] },
    result: { buttonIndex: -1 },
  },
  useOpenPage: {
    params: { name: 'profile', params: { id: '0573' } },
    sent: { name: 'profile', params: { id: '0573', corpId } },
    result: undefined,
  },
  useOpenModal: {
    params: { url: 'https://example.com/modal', size: 'middle', title: 'Edit' },
    result: { message: 'saved' },
  },
  useOpenSlidePanel: {
    params: { url: 'https://example.com/panel', title: 'Details' },
    result: { message: 'closed by the panel' },
  },
  useUploadImage: {
    params: { multiple: true, max: 3 },
    result: ['https://static.dingtalk.com/media/a.jpg'],
  },
  useDownloadFile: {
    params: { url, name: 'a.pdf' },
    // The PC reference's answer; the hook resolves a finished download with nothing.
    result: true,
    data: undefined,
  },
  useOpenLocalFile: { params: { url }, result: undefined },
  useLocalFileExists: {
    params: { params: [{ url }] },
    result: [{ url, path: 'C:/Downloads/a.pdf', isExist: true }],
  },
  usePreviewImage: {
    params: {
      urls: ['https://example.com/1.jpg', 'https://example.com/2.jpg'],
      current: 'https://example.com/2.jpg',
    },
    result: undefined,
  },
  useOpenLink: {
    params: { url: 'https://www.dingtalk.com' },
    result: undefined,
  },
  useQuit: { params: { message: 'bye' }, result: undefined },
  useSetTitle: {
    params: { title: 'Orders' },
    result: undefined,
  },
  useSetLeft: {
    params: { text: 'Back' },
    result: undefined,
  },
  useDingPost: {
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
    ...withCorpId({ multiple: true, users: [], max: 10 }),
    result: people,
  },
  useCustomContactChoose: {
    ...withCorpId({ users: ['0573', '0574'], title: 'Who?' }),
    result: people,
  },
  useCustomContactMultipleChoose: {
    ...withCorpId({ users: ['0573', '0574'], selectedUsers: ['0573'], disabledUsers: ['0574'], max: 2 }),
    result: people,
  },
  useChannelAuthCode: {
    params: {},
    result: { code: 'channel-1' },
    sent: { corpId },
  },
  useOperateAuthCode: {
    params: {},
    result: { code: 'operate-1' },
    sent: { corpId, agentId: '1001' },
  },
  useQuickCallList: {
    ...withCorpId({ title: 'Call', content: 'Call Ann', typeList: [1, 2], staffId: '0573' }),
    result: { callId: 'call-1', callType: 1, callTypeList: [1, 2] },
  },
  useDingCreate: {
    ...withCorpId({ users: ['0573'], text: 'Stand-up at 10', bizType: 0 }),
    result: { dingCreateResult: true },
  },
  useComplexPicker: {
    ...withCorpId({ multiple: true, maxUsers: 5, pickedUsers: ['0573'] }),
    result: { selectedCount: 1, users: people, departments: [] },
  },
  useDepartmentsPicker: {
    ...withCorpId({ multiple: true, maxDepartments: 2 }),
    result: { userCount: 12, departments: [{ id: '1', name: 'Sales', number: 12 }], departmentsCount: 1 },
  },
  useExternalComplexPicker: {
    ...withCorpId({ multiple: false }),
    result: [{ name: 'Eve', avatar: '', userId: 'ext-1', orgName: 'Partner Ltd' }],
  },
  useExternalEditForm: {
    ...withCorpId({ name: 'Eve', mobile: '13800000000' }),
    result: { userId: 'ext-1', name: 'Eve' },
  },
  useCspacePreview: {
    ...withCorpId({ spaceId: 's1', fileId: 'f1', fileName: 'a.pdf', fileSize: 1024, fileType: 'pdf' }),
    result: undefined,
  },
  useUploadAttachment: {
    params: { types: ['file', 'space'], file: { spaceId: 's1', max: 3 }, space: { spaceId: 's1' } },
    sent: { types: ['file', 'space'], file: { spaceId: 's1', max: 3 }, space: { spaceId: 's1', corpId } },
    result: {
      type: 'file',
      data: [{ spaceId: 's1', fileId: 'f1', fileName: 'a.pdf', fileSize: 1024, fileType: 'pdf' }],
    },
  },
  useVideoConfCall: {
    params: { title: 'Weekly', calleeStaffIds: ['0573'] },
    sent: { title: 'Weekly', calleeStaffIds: ['0573'], calleeCorpId: corpId },
    result: undefined,
  },
  useStartClassRoom: {
    params: { startParam: { liveUuid: 'live-1' } },
    result: undefined,
  },
  useVibrate: { params: { duration: 300 }, result: undefined },
  useScan: { params: { type: 'qrCode' }, result: { text: 'https://example.com/asset/42' } },
  useChooseImage: {
    params: { count: 2, sourceType: ['album'] },
    result: {
      filePaths: ['file:///tmp/a.jpg', 'file:///tmp/b.jpg'],
      files: [
        { path: 'file:///tmp/a.jpg', size: 20480, fileType: 'jpg' },
        { path: 'file:///tmp/b.jpg', size: 10240, fileType: 'jpg' },
      ],
    },
  },
  useGeolocation: {
    params: { targetAccuracy: 200, coordinate: 1, withReGeocode: true, useCache: false },
    result: { longitude: 120.02, latitude: 30.28, accuracy: 30, address: '浙江省杭州市余杭区' },
  },
  useShare: {
    params: {
      type: 0,
      url: 'https://example.com/article/1',
      title: 'Weekly report',
      content: 'Read it',
      image: 'https://example.com/cover.png',
    },
    result: undefined,
  },
  useDatePicker: { params: { format: 'yyyy-MM-dd', value: '2026-05-01' }, result: { value: '2026-05-02' } },
  useTimePicker: { params: { format: 'HH:mm', value: '09:00' }, result: { value: '09:30' } },
  useDateTimePicker: {
    params: { format: 'yyyy-MM-dd HH:mm', value: '2026-05-01 09:00' },
    result: { value: '2026-05-02 09:30' },
  },
  useNetworkType: { params: {}, result: { result: 'wifi' } },
  useSystemInfo: {
    params: {},
    result: {
      app: 'DingTalk',
      brand: 'HUAWEI',
      platform: 'Android',
      orientation: 0,
      titleBarHeight: 48,
      statusBarHeight: 24,
    },
  },
  useSetRight: { params: { show: true, control: true, text: 'Send' }, result: {} },
  useSetMenu: {
    params: {
      items: [
        { id: 'edit', text: 'Edit' },
        { id: 'share', text: 'Share' },
      ],
    },
    result: { id: 'share' },
  },
  useGoBack: { params: {}, result: undefined },
  useClosePage: { params: {}, result: undefined },
} satisfies Record<HookName, Example>;

const rows = (Object.entries(table) as [HookName, (typeof table)[HookName]][]).map(([name, hook]) => {
  const example: Example = examples[name];
  // The first platform the handbook lists the API on.
  const platform = (['pc', 'ios', 'android'] as const).find((candidate) => hook.api.support[candidate]);
  return [
    name,
    { ...example, hook: hook as unknown as AnyHook, api: hook.api.name, platform: platform as Platform },
  ] as const;
});

function Action({ hook, params }: { hook: AnyHook; params: Record<string, unknown> }) {
  const { run, cancel, status, data, error } = hook();
  const [controller, setController] = useState<AbortController>();
  const [rejected, setRejected] = useState<string>();
  const start = (options?: { signal?: AbortSignal; timeoutMs?: number }) =>
    run(params, options).catch((failure: DingTalkError) => setRejected(failure.code));
  return (
    <>
      <button type="button" onClick={() => start()}>
        Run
      </button>
      <button
        type="button"
        onClick={() => {
          const next = new AbortController();
          setController(next);
          void start({ signal: next.signal });
        }}
      >
        Run abortably
      </button>
      <button type="button" onClick={() => controller?.abort()}>
        Abort
      </button>
      <button type="button" onClick={() => start({ timeoutMs: 30 })}>
        Run for 30 ms
      </button>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
      <output>
        {status === 'success' ? `done: ${JSON.stringify(data) ?? 'nothing'}` : (error?.code ?? status)}
      </output>
      {rejected && <p role="alert">{rejected}</p>}
    </>
  );
}

const renderRow = (row: (typeof rows)[number][1]) =>
  renderWithDingTalk(<Action hook={row.hook} params={row.params} />, {
    transport: createSpyTransport({ platform: row.platform }),
  });

const output = () => screen.getByText(/./, { selector: 'output' });

describe('the hook table', () => {
  it.each(rows)('%s calls its API and shows what DingTalk answered', async (_, row) => {
    const { transport, user } = renderRow(row);
    transport.answer(row.api, row.result);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const data = 'data' in row ? row.data : row.result;
    expect(
      await screen.findByText(`done: ${JSON.stringify(data) ?? 'nothing'}`, { selector: 'output' }),
    ).toBeTruthy();
    expect(transport.calls).toHaveLength(1);
    expect(transport.calls[0]).toMatchObject({ api: row.api, params: row.sent ?? row.params });
  });

  it.each(rows)('%s shows the failure DingTalk reported', async (_, row) => {
    const { transport, user } = renderRow(row);
    transport.answer(row.api, () => Promise.reject({ errorCode: 9, errorMessage: 'server busy' }));
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByText('API_FAILED', { selector: 'output' })).toBeTruthy();
    await waitFor(() => expect(transport.calls).toHaveLength(1));
  });

  it.each(rows)('%s is idle again after cancel(); run() rejects ABORTED', async (_, row) => {
    const { transport, user } = renderRow(row);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(output().textContent).toBe('pending');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(output().textContent).toBe('idle');
    expect((await screen.findByRole('alert')).textContent).toBe('ABORTED');
    expect(transport.calls[0]!.signal.aborted).toBe(true);
    expect(output().textContent).toBe('idle');
  });

  it.each(rows)(
    '%s: the signal given to run() aborts the call, and the hook is idle again',
    async (_, row) => {
      const { transport, user } = renderRow(row);
      await user.click(screen.getByRole('button', { name: 'Run abortably' }));
      await waitFor(() => expect(transport.calls).toHaveLength(1));
      await user.click(screen.getByRole('button', { name: 'Abort' }));
      expect((await screen.findByRole('alert')).textContent).toBe('ABORTED');
      expect(transport.calls[0]!.signal.aborted).toBe(true);
      expect(output().textContent).toBe('idle');
    },
  );

  it.each(rows)('%s: run() with timeoutMs rejects TIMEOUT when DingTalk does not answer', async (_, row) => {
    const { transport, user } = renderRow(row);
    await user.click(screen.getByRole('button', { name: 'Run for 30 ms' }));
    expect(await screen.findByText('TIMEOUT', { selector: 'output' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('TIMEOUT');
    expect(transport.calls[0]!.signal.aborted).toBe(true);
  });
});
