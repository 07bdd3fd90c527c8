import type {
  ActionSheetParams,
  ActionSheetResult,
  AlertParams,
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
import { useDingTalkEvent } from './useDingTalkEvent';
import { useDownloadFile } from './useDownloadFile';
import { useExternalComplexPicker } from './useExternalComplexPicker';
import { useExternalEditForm } from './useExternalEditForm';
import { useJsApi } from './useJsApi';
import { useLeftButton } from './useLeftButton';
import { useLocalFileExists } from './useLocalFileExists';
import { useNavigationTitle } from './useNavigationTitle';
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

/** A `run` that requires its params. */
type Required<P, R> = (params: P) => Promise<R>;
/** A `run` whose params may be left out. */
type Optional<P, R> = (params?: P) => Promise<R>;
/** `P` with `corpId` optional: what a hook takes from the provider's signature. */
type CorpIdOptional<P> = P extends unknown ? Flat<Omit<P, 'corpId'> & { corpId?: string }> : never;
type Flat<T> = { [K in keyof T]: T[K] };

describe('each hook runs its API with its params and resolves with its result', () => {
  it('PC reference APIs', () => {
    expectTypeOf(useAlert().run).toEqualTypeOf<Required<AlertParams, void>>();
    expectTypeOf(useConfirm().run).toEqualTypeOf<Required<ConfirmParams, ConfirmResult>>();
    expectTypeOf(usePrompt().run).toEqualTypeOf<Required<PromptParams, PromptResult>>();
    expectTypeOf(useToast().run).toEqualTypeOf<Required<ToastParams, void>>();
    expectTypeOf(useActionSheet().run).toEqualTypeOf<Required<ActionSheetParams, ActionSheetResult>>();
    expectTypeOf(useOpenPage().run).toEqualTypeOf<
      Required<{ name: 'profile'; params: CorpIdOptional<OpenPageParams['params']> }, void>
    >();
    expectTypeOf(useOpenModal().run).toEqualTypeOf<Required<OpenModalParams, QuitResult>>();
    expectTypeOf(useOpenSlidePanel().run).toEqualTypeOf<Required<OpenSlidePanelParams, QuitResult>>();
    expectTypeOf(useUploadImage().run).toEqualTypeOf<Optional<UploadImageParams, UploadImageResult>>();
    expectTypeOf(useDownloadFile().run).toEqualTypeOf<Required<DownloadFileParams, void>>();
    expectTypeOf(useOpenLocalFile().run).toEqualTypeOf<Required<OpenLocalFileParams, boolean>>();
    expectTypeOf(useLocalFileExists().run).toEqualTypeOf<
      Required<LocalFileExistParams, LocalFileExistResult>
    >();
    expectTypeOf(usePreviewImage().run).toEqualTypeOf<Required<PreviewImageParams, void>>();
    expectTypeOf(useOpenLink().run).toEqualTypeOf<Required<OpenLinkParams, void>>();
    expectTypeOf(useQuit().run).toEqualTypeOf<Optional<QuitParams, void>>();
    expectTypeOf(useSetTitle().run).toEqualTypeOf<Required<SetTitleParams, void>>();
    expectTypeOf(useSetLeft().run).toEqualTypeOf<Required<SetLeftParams, void>>();
    expectTypeOf(useDingPost().run).toEqualTypeOf<Required<CorpIdOptional<DingPostParams>, void>>();
    expectTypeOf(useContactChoose().run).toEqualTypeOf<
      Optional<CorpIdOptional<ContactChooseParams>, ContactChooseResult>
    >();
    expectTypeOf(useCustomContactChoose().run).toEqualTypeOf<
      Required<CorpIdOptional<CustomContactChooseParams>, ContactChooseResult>
    >();
    expectTypeOf(useCustomContactMultipleChoose().run).toEqualTypeOf<
      Required<CorpIdOptional<CustomContactMultipleChooseParams>, ContactChooseResult>
    >();
  });

  it('further PC-supported APIs', () => {
    expectTypeOf(useQuickCallList().run).toEqualTypeOf<
      Required<CorpIdOptional<QuickCallListParams>, QuickCallListResult>
    >();
    expectTypeOf(useDingCreate().run).toEqualTypeOf<
      Required<CorpIdOptional<DingCreateParams>, DingCreateResult>
    >();
    expectTypeOf(useComplexPicker().run).toEqualTypeOf<
      Optional<CorpIdOptional<ComplexPickerParams>, ComplexPickerResult>
    >();
    expectTypeOf(useDepartmentsPicker().run).toEqualTypeOf<
      Optional<CorpIdOptional<DepartmentsPickerParams>, DepartmentsPickerResult>
    >();
    expectTypeOf(useExternalComplexPicker().run).toEqualTypeOf<
      Optional<CorpIdOptional<ExternalPickerParams>, ExternalPickerResult>
    >();
    expectTypeOf(useExternalEditForm().run).toEqualTypeOf<
      Optional<ExternalEditFormParams, ExternalEditFormResult>
    >();
    expectTypeOf(useCspacePreview().run).toEqualTypeOf<Required<CorpIdOptional<CspacePreviewParams>, void>>();
    expectTypeOf(useUploadAttachment().run).toEqualTypeOf<
      Required<
        Flat<
          Omit<UploadAttachmentParams, 'space'> & {
            space?: CorpIdOptional<NonNullable<UploadAttachmentParams['space']>>;
          }
        >,
        UploadAttachmentResult
      >
    >();
    expectTypeOf(useVideoConfCall().run).toEqualTypeOf<Required<VideoConfCallParams, void>>();
    expectTypeOf(useStartClassRoom().run).toEqualTypeOf<Required<StartClassRoomParams, void>>();
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

  it('auth codes take corpId (and agentId) from the signature, so run() needs nothing', () => {
    expectTypeOf(useAuthCode().run).toEqualTypeOf<
      Optional<Partial<RequestAuthCodeParams>, RequestAuthCodeResult>
    >();
    expectTypeOf(useChannelAuthCode().run).toEqualTypeOf<
      Optional<Partial<ChannelAuthCodeParams>, ChannelAuthCodeResult>
    >();
    expectTypeOf(useOperateAuthCode().run).toEqualTypeOf<
      Optional<Partial<OperateAuthCodeParams>, OperateAuthCodeResult>
    >();
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
