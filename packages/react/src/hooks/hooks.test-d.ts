import type {
  ActionSheetParams,
  ActionSheetResult,
  AlertParams,
  ApiParams,
  ApiResult,
  ChannelAuthCodeParams,
  ChannelAuthCodeResult,
  ComplexPickerParams,
  ComplexPickerResult,
  ConfirmParams,
  ConfirmResult,
  ContactChooseParams,
  ContactChooseResult,
  CspacePreviewParams,
  CustomContactChooseParams,
  CustomContactMultipleChooseParams,
  DepartmentsPickerParams,
  DepartmentsPickerResult,
  DingCreateParams,
  DingCreateResult,
  DingPostParams,
  DingTalkError,
  DownloadFileParams,
  DownloadProgress,
  ExternalEditFormParams,
  ExternalEditFormResult,
  ExternalPickerParams,
  ExternalPickerResult,
  LocalFileExistParams,
  LocalFileExistResult,
  OpenLinkParams,
  OpenLocalFileParams,
  OpenModalParams,
  OpenPageParams,
  OpenSlidePanelParams,
  OperateAuthCodeParams,
  OperateAuthCodeResult,
  PreviewImageParams,
  PromptParams,
  PromptResult,
  QuickCallListParams,
  QuickCallListResult,
  QuitParams,
  QuitResult,
  RequestAuthCodeParams,
  RequestAuthCodeResult,
  RunOptions,
  ScanParams,
  ScanResult,
  SetLeftParams,
  SetTitleParams,
  StartClassRoomParams,
  ToastParams,
  UploadAttachmentParams,
  UploadAttachmentResult,
  UploadImageParams,
  UploadImageResult,
  VideoConfCallParams,
} from '@dingkit/core';
import { describe, expectTypeOf, it } from 'vitest';
import { useDingTalk } from '../useDingTalk';
import * as table from './apiHooks';
import { useBackButton } from './useBackButton';
import { useDingTalkEvent } from './useDingTalkEvent';
import { useJsApi } from './useJsApi';
import { useLeftButton } from './useLeftButton';
import { useNavigationMenu } from './useNavigationMenu';
import { useNavigationTitle } from './useNavigationTitle';
import { useRightButton } from './useRightButton';

const {
  useAuthCode,
  useConfirm,
  useContactChoose,
  useCspacePreview,
  useCustomContactChoose,
  useCustomContactMultipleChoose,
  useComplexPicker,
  useDepartmentsPicker,
  useDingCreate,
  useDingPost,
  useDownloadFile,
  useExternalComplexPicker,
  useExternalEditForm,
  useOpenPage,
  useOperateAuthCode,
  usePrompt,
  useQuickCallList,
  useToast,
  useUploadAttachment,
} = table;

/** A `run` that requires its params. */
type Required<P, R> = (params: P, options?: RunOptions) => Promise<R>;
/** A `run` whose params may be left out. */
type Optional<P, R> = (params?: P, options?: RunOptions) => Promise<R>;
/** `P` with `corpId` (or the param `K` that holds it) optional: what a hook takes from the provider's signature. */
type CorpIdOptional<P, K extends string = 'corpId'> = P extends unknown
  ? Flat<Omit<P, K> & { [key in K]?: string }>
  : never;
type Flat<T> = { [K in keyof T]: T[K] };

/** The `run` a hook returns when called without defaults (its first overload). */
type RunOf<H> = H extends { (): infer R; <D>(defaults?: D): unknown }
  ? R extends { run: infer Run }
    ? Run
    : never
  : never;

/** What each hook of the table runs: the params it takes and what it resolves with. */
interface Runs {
  useAlert: Required<AlertParams, void>;
  useConfirm: Required<ConfirmParams, ConfirmResult>;
  usePrompt: Required<PromptParams, PromptResult>;
  useToast: Required<ToastParams, void>;
  useActionSheet: Required<ActionSheetParams, ActionSheetResult>;
  useVibrate: Optional<{ duration?: number }, void>;
  useContactChoose: Optional<CorpIdOptional<ContactChooseParams>, ContactChooseResult>;
  useCustomContactChoose: Required<CorpIdOptional<CustomContactChooseParams>, ContactChooseResult>;
  useCustomContactMultipleChoose: Required<
    CorpIdOptional<CustomContactMultipleChooseParams>,
    ContactChooseResult
  >;
  useComplexPicker: Optional<CorpIdOptional<ComplexPickerParams>, ComplexPickerResult>;
  useDepartmentsPicker: Optional<CorpIdOptional<DepartmentsPickerParams>, DepartmentsPickerResult>;
  useExternalComplexPicker: Optional<CorpIdOptional<ExternalPickerParams>, ExternalPickerResult>;
  useExternalEditForm: Optional<ExternalEditFormParams, ExternalEditFormResult>;
  useUploadImage: Optional<UploadImageParams, UploadImageResult>;
  useDownloadFile: Required<DownloadFileParams, void>;
  useOpenLocalFile: Required<OpenLocalFileParams, void>;
  useLocalFileExists: Required<LocalFileExistParams, LocalFileExistResult>;
  usePreviewImage: Required<PreviewImageParams, void>;
  useUploadAttachment: Required<
    Flat<
      Omit<UploadAttachmentParams, 'space'> & {
        space?: CorpIdOptional<NonNullable<UploadAttachmentParams['space']>>;
      }
    >,
    UploadAttachmentResult
  >;
  useCspacePreview: Required<CorpIdOptional<CspacePreviewParams>, void>;
  useScan: Optional<ScanParams, ScanResult>;
  useChooseImage: Optional<
    { count?: number; sourceType?: string[] },
    { filePaths: string[]; files: { path: string; size: number; fileType: string }[] }
  >;
  // Typed from dingtalk-jsapi's declarations (the catalog's generated types).
  useGeolocation: Required<ApiParams<'device.geolocation.get'>, ApiResult<'device.geolocation.get'>>;
  useShare: Required<ApiParams<'biz.util.share'>, ApiResult<'biz.util.share'>>;
  useDatePicker: Optional<{ format?: string; value?: string }, { value: string }>;
  useTimePicker: Optional<{ format?: string; value?: string }, { value: string }>;
  useDateTimePicker: Optional<{ format?: string; value?: string }, { value: string }>;
  useNetworkType: Optional<
    Record<string, never>,
    { result: 'wifi' | '2g' | '3g' | '4g' | 'unknown' | 'none' }
  >;
  // A newer name: typed as dingtalk-jsapi declares it (it calls device.base.getPhoneInfo).
  useSystemInfo: Optional<Record<string, never>, ApiResult<'getSystemInfo'>>;
  useOpenLink: Required<OpenLinkParams, void>;
  useOpenPage: Required<{ name: 'profile'; params: CorpIdOptional<OpenPageParams['params']> }, void>;
  useOpenModal: Required<OpenModalParams, QuitResult>;
  useOpenSlidePanel: Required<OpenSlidePanelParams, QuitResult>;
  useQuit: Optional<QuitParams, void>;
  useSetTitle: Required<SetTitleParams, void>;
  useSetLeft: Required<SetLeftParams, void>;
  useSetRight: Optional<ApiParams<'biz.navigation.setRight'>, ApiResult<'biz.navigation.setRight'>>;
  useSetMenu: Required<ApiParams<'biz.navigation.setMenu'>, { id: string }>;
  useGoBack: Optional<Record<string, never>, void>;
  useClosePage: Optional<Record<string, never>, void>;
  useDingPost: Required<CorpIdOptional<DingPostParams>, void>;
  useDingCreate: Required<CorpIdOptional<DingCreateParams>, DingCreateResult>;
  useQuickCallList: Required<CorpIdOptional<QuickCallListParams>, QuickCallListResult>;
  useVideoConfCall: Required<CorpIdOptional<VideoConfCallParams, 'calleeCorpId'>, void>;
  useStartClassRoom: Required<StartClassRoomParams, void>;
  // Auth codes take corpId (and agentId) from the signature, so run() needs nothing.
  useAuthCode: Optional<Partial<RequestAuthCodeParams>, RequestAuthCodeResult>;
  useChannelAuthCode: Optional<Partial<ChannelAuthCodeParams>, ChannelAuthCodeResult>;
  useOperateAuthCode: Optional<Partial<OperateAuthCodeParams>, OperateAuthCodeResult>;
}

describe('the hook table', () => {
  it('each hook runs its API with its params and resolves with its result', () => {
    // A namespace's exports are read-only properties.
    expectTypeOf<{ -readonly [K in keyof typeof table]: RunOf<(typeof table)[K]> }>().toEqualTypeOf<Runs>();
  });

  it('each hook carries its descriptor and the keys it takes from the signature', () => {
    expectTypeOf(useConfirm.api.name).toEqualTypeOf<'device.notification.confirm'>();
    expectTypeOf(useConfirm.fromSignature).toEqualTypeOf<readonly never[]>();
    expectTypeOf(table.useScan.api.name).toEqualTypeOf<'biz.util.scan'>();
    expectTypeOf(useOperateAuthCode.fromSignature).toEqualTypeOf<readonly ('corpId' | 'agentId')[]>();
    expectTypeOf(table.useVideoConfCall.fromSignature).toEqualTypeOf<readonly 'calleeCorpId=corpId'[]>();
    expectTypeOf(table.useChooseImage.api.name).toEqualTypeOf<'biz.util.chooseImage'>();
    expectTypeOf(table.useSystemInfo.api.name).toEqualTypeOf<'getSystemInfo'>();
  });

  it('run takes per-call options: a signal and a timeout', () => {
    const controller = new AbortController();
    table.useScan().run({ type: 'qrCode' }, { signal: controller.signal, timeoutMs: 30_000 });
    table.useNetworkType().run(undefined, { timeoutMs: 2000 });
    // @ts-expect-error timeoutMs is a number of milliseconds
    table.useScan().run({}, { timeoutMs: '30s' });
    // @ts-expect-error progress goes to the hook's state, not to an option
    useDownloadFile().run({ url: 'https://example.com/a.pdf' }, { onProgress: () => {} });
  });

  it('hooks whose API takes corpId take it from the signature, so run() compiles without it', () => {
    useContactChoose().run();
    useContactChoose().run({ multiple: true, max: 10 });
    useCustomContactChoose().run({ users: ['0573', '0574'] });
    useCustomContactMultipleChoose().run({ users: ['0573', '0574'], max: 1 });
    useComplexPicker().run({ title: '选择参与人', multiple: true });
    useDepartmentsPicker().run();
    useExternalComplexPicker().run();
    useExternalEditForm().run({ name: '陈晨' });
    useCspacePreview().run({ spaceId: 's', fileId: 'f', fileName: 'a.pdf', fileSize: 1, fileType: 'pdf' });
    useQuickCallList().run({ title: 'Call', content: 'Call Ann', typeList: [1] });
    useDingCreate().run({ users: ['0573'] });
    const date = { format: 'yyyy-MM-dd', value: '2015-05-09' };
    useDingPost().run({
      users: ['0573'],
      type: 1,
      alertType: 2,
      alertDate: date,
      text: '',
      attachment: { images: [] },
    });
    useOpenPage().run({ name: 'profile', params: { id: '0573' } });
    useUploadAttachment().run({ types: ['space'], space: { spaceId: '1001' } });
    // Given, it must still be a string; the other params stay required.
    // @ts-expect-error corpId is a string
    useContactChoose().run({ corpId: 1 });
    // @ts-expect-error the profile still needs its id
    useOpenPage().run({ name: 'profile', params: {} });
    // @ts-expect-error space still needs its spaceId
    useUploadAttachment().run({ types: ['space'], space: {} });
  });
});

describe('defaults', () => {
  it('make the params they give optional in run()', () => {
    const confirm = useConfirm({ message: 'Delete?', buttonLabels: ['Delete', 'Keep'] });
    expectTypeOf(confirm.run).toEqualTypeOf<
      Optional<{ title?: string; message?: string; buttonLabels?: string[] }, ConfirmResult>
    >();
    const choose = useContactChoose({ corpId: 'ding' });
    expectTypeOf(choose.run).toEqualTypeOf<
      Optional<{ corpId?: string; multiple?: boolean; users?: string[]; max?: number }, ContactChooseResult>
    >();
    const toast = useToast({ type: 'success' });
    expectTypeOf(toast.run).toEqualTypeOf<
      Required<
        {
          text: string;
          duration?: number;
          delay?: number;
          type?: ToastParams['type'];
          icon?: ToastParams['icon'];
        },
        void
      >
    >();
  });

  it('keep the other variants of a union required', () => {
    const post = useDingPost({ corpId: 'ding', users: ['0573'] });
    post.run({
      type: 2,
      alertType: 2,
      alertDate: { format: 'yyyy-MM-dd', value: '2015-05-09' },
      attachment: { title: 'Spec', url: 'https://example.com' },
      text: 'Read',
    });
    // @ts-expect-error type, alertType, alertDate, attachment and text are still required
    post.run();
    const date = { format: 'yyyy-MM-dd', value: '2015-05-09' };
    // @ts-expect-error a link card needs a title
    post.run({ type: 2, alertType: 2, alertDate: date, attachment: { url: '' }, text: '' });
  });

  it('reject what the API does not take', () => {
    // @ts-expect-error no such param
    useConfirm({ mesage: 'typo' });
    // @ts-expect-error wrong type
    useToast({ duration: '3' });
    // @ts-expect-error message is required
    useConfirm().run({ title: 'No message' });
    // @ts-expect-error corpId is a string
    useAuthCode().run({ corpId: 1 });
  });
});

describe('state', () => {
  it('narrows data and error by status', () => {
    const prompt = usePrompt({ message: 'Name?' });
    expectTypeOf(prompt.data).toEqualTypeOf<PromptResult | undefined>();
    if (prompt.status === 'success') expectTypeOf(prompt.data).toEqualTypeOf<PromptResult>();
    if (prompt.status === 'error') expectTypeOf(prompt.error).toEqualTypeOf<DingTalkError>();
    if (prompt.status === 'pending') expectTypeOf(prompt.isPending).toEqualTypeOf<true>();
    expectTypeOf(prompt.reset).toEqualTypeOf<() => void>();
  });

  it('has progress only where the API reports it', () => {
    expectTypeOf(useDownloadFile().progress).toEqualTypeOf<DownloadProgress | undefined>();
    expectTypeOf(useDownloadFile().cancel).toEqualTypeOf<() => void>();
    expectTypeOf(useConfirm().progress).toEqualTypeOf<undefined>();
  });
});

describe('generic and declarative hooks', () => {
  it('useJsApi is typed from the catalog', () => {
    expectTypeOf(useJsApi('biz.util.openLink').run).toEqualTypeOf<Required<OpenLinkParams, void>>();
    expectTypeOf(useJsApi('device.notification.vibrate').run).toEqualTypeOf<
      Optional<{ duration?: number }, void>
    >();
    expectTypeOf(useJsApi('biz.util.openLink', { url: 'https://example.com' }).run).toEqualTypeOf<
      Optional<{ url?: string; enableShare?: boolean }, void>
    >();
    // @ts-expect-error not a catalog API
    useJsApi('biz.util.nope');
  });

  it('useDingTalkEvent types the payload by event', () => {
    useDingTalkEvent('leftBtnClick', (payload) => expectTypeOf(payload).toEqualTypeOf<undefined>());
    // @ts-expect-error not a client event
    useDingTalkEvent('click', () => {});
  });

  it('useNavigationTitle and useLeftButton take what they set', () => {
    expectTypeOf(useNavigationTitle).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(useLeftButton).parameter(0).toEqualTypeOf<{ text: string; onClick: () => void }>();
  });

  it('useBackButton takes a handler (and the iOS button text) and returns nothing', () => {
    expectTypeOf(useBackButton).parameter(0).toEqualTypeOf<() => void>();
    expectTypeOf(useBackButton).parameter(1).toEqualTypeOf<{ text?: string } | undefined>();
    expectTypeOf(useBackButton).returns.toEqualTypeOf<void>();
    // @ts-expect-error the handler is required
    useBackButton();
  });

  it('useRightButton and useNavigationMenu take what they show and their tap handlers', () => {
    expectTypeOf(useRightButton).parameter(0).toEqualTypeOf<{ text: string; onClick: () => void }>();
    expectTypeOf(useNavigationMenu)
      .parameter(0)
      .toHaveProperty('onSelect')
      .toEqualTypeOf<(id: string) => void>();
    useNavigationMenu({ items: [{ id: 'share', text: '分享' }], onSelect: () => {} });
    // @ts-expect-error every item needs its id
    useNavigationMenu({ items: [{ text: '分享' }], onSelect: () => {} });
    expectTypeOf(useRightButton({ text: '保存', onClick: () => {} }).error).toEqualTypeOf<
      DingTalkError | undefined
    >();
  });

  it('useDingTalk', () => {
    const dingTalk = useDingTalk();
    expectTypeOf(dingTalk.status).toEqualTypeOf<'idle' | 'configuring' | 'ready' | 'error' | 'unavailable'>();
    expectTypeOf(dingTalk.error).toEqualTypeOf<DingTalkError | undefined>();
    expectTypeOf(dingTalk.retry).toEqualTypeOf<() => void>();
    expectTypeOf(dingTalk.isSupported).returns.toEqualTypeOf<boolean | undefined>();
    dingTalk.isSupported('biz.contact.choose');
    dingTalk.isSupported(useContactChoose);
    dingTalk.isSupported(useContactChoose.api);
    // @ts-expect-error neither a name, a descriptor nor a hook
    dingTalk.isSupported(42);
  });
});
