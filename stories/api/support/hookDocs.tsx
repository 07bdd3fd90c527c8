import type { ComponentType } from 'react';
import * as T from './types';

/** What the API docs pages say about one hook. */
export interface HookDoc {
  /** The JS-API it calls. */
  api: string;
  /** One line on what it does. */
  summary: string;
  /** A component typed with the params (its props table is the params table). */
  params?: ComponentType<never>;
  /** More tables for the params (union members). */
  moreParams?: ComponentType<never>[];
  /** What `data` holds. */
  result: string;
  /** Tables for the result (or its elements). */
  results?: ComponentType<never>[];
}

/** Every hook the API stories cover. */
export const hookDocs = {
  useAlert: {
    api: 'device.notification.alert',
    summary: 'Shows a message with one button; resolves when the person closes it.',
    params: T.AlertParamsType,
    result: 'Nothing (`undefined`).',
  },
  useConfirm: {
    api: 'device.notification.confirm',
    summary: 'Asks a question with the app’s buttons. Always pass `buttonLabels`.',
    params: T.ConfirmParamsType,
    result: '`{ buttonIndex }` of the clicked button.',
    results: [T.ConfirmResultType],
  },
  usePrompt: {
    api: 'device.notification.prompt',
    summary: 'Asks for a line of text.',
    params: T.PromptParamsType,
    result: '`{ buttonIndex, value }`.',
    results: [T.PromptResultType],
  },
  useToast: {
    api: 'device.notification.toast',
    summary: 'Shows a short message for 2–5 s after an optional delay of up to 10 s.',
    params: T.ToastParamsType,
    result: 'Nothing.',
  },
  useActionSheet: {
    api: 'device.notification.actionSheet',
    summary: 'Offers a list of actions; the cancel button answers `buttonIndex: -1`.',
    params: T.ActionSheetParamsType,
    result: '`{ buttonIndex }`: the index into `otherButtons`, or -1 for the cancel button.',
    results: [T.ActionSheetResultType],
  },
  useContactChoose: {
    api: 'biz.contact.choose',
    summary:
      'Lets the person choose colleagues from the organisation (PC). `corpId` comes from the signature.',
    params: T.ContactChooseParamsType,
    result: 'An array of the chosen people.',
    results: [T.ContactUserType],
  },
  useCustomContactChoose: {
    api: 'biz.customContact.choose',
    summary: 'Lets the person choose one of the given people. `corpId` comes from the signature.',
    params: T.CustomContactChooseParamsType,
    result: 'An array with the chosen person.',
    results: [T.ContactUserType],
  },
  useCustomContactMultipleChoose: {
    api: 'biz.customContact.multipleChoose',
    summary: 'Lets the person choose several of the given people. `corpId` comes from the signature.',
    params: T.CustomContactMultipleChooseParamsType,
    result: 'An array of the chosen people.',
    results: [T.ContactUserType],
  },
  useComplexPicker: {
    api: 'biz.contact.complexPicker',
    summary: 'Lets the person choose people and departments. `corpId` comes from the signature.',
    params: T.ComplexPickerParamsType,
    result: '`{ selectedCount, users, departments }`.',
    results: [T.ComplexPickerResultType, T.PickedUserType, T.PickedDepartmentType],
  },
  useDepartmentsPicker: {
    api: 'biz.contact.departmentsPicker',
    summary: 'Lets the person choose departments. `corpId` comes from the signature.',
    params: T.DepartmentsPickerParamsType,
    result: '`{ userCount, departments, departmentsCount }`.',
    results: [T.DepartmentsPickerResultType, T.PickedDepartmentType],
  },
  useExternalComplexPicker: {
    api: 'biz.contact.externalComplexPicker',
    summary: 'Lets the person choose external contacts (PC). `corpId` comes from the signature.',
    params: T.ExternalPickerParamsType,
    result: 'An array of the chosen contacts.',
    results: [T.ExternalContactType],
  },
  useExternalEditForm: {
    api: 'biz.contact.externalEditForm',
    summary: 'Opens the form to add or edit an external contact. `corpId` comes from the signature.',
    params: T.ExternalEditFormParamsType,
    result: 'The contact as saved.',
    results: [T.ExternalEditFormResultType],
  },
  useUploadImage: {
    api: 'biz.util.uploadImage',
    summary: 'Lets the person choose images and uploads them.',
    params: T.UploadImageParamsType,
    result: 'An array of the uploaded images’ URLs (object URLs of the chosen files in the mock).',
  },
  useDownloadFile: {
    api: 'biz.util.downloadFile',
    summary:
      'Downloads a file into DingTalk’s cache, with `progress` (whole percents, 100 when done); `cancel()` aborts it and goes back to `idle`.',
    params: T.DownloadFileParamsType,
    result:
      'Nothing (`undefined`): the call resolves when the file is in the cache, whatever the client answered (`true`, `{}`). `progress` holds the latest report:',
    results: [T.DownloadProgressType],
  },
  useOpenLocalFile: {
    api: 'biz.util.openLocalFile',
    summary: 'Opens a downloaded file.',
    params: T.OpenLocalFileParamsType,
    result: '`true`.',
  },
  useLocalFileExists: {
    api: 'biz.util.isLocalFileExist',
    summary: 'Checks which files are in DingTalk’s cache.',
    params: T.LocalFileExistParamsType,
    result: 'An array of `{ url, path, isExist }`, one per url.',
  },
  usePreviewImage: {
    api: 'biz.util.previewImage',
    summary: 'Shows images in DingTalk’s viewer, starting at `current`.',
    params: T.PreviewImageParamsType,
    result: 'Nothing.',
  },
  useOpenLink: {
    api: 'biz.util.openLink',
    summary: 'Opens a URL in the browser.',
    params: T.OpenLinkParamsType,
    result: 'Nothing.',
  },
  useOpenPage: {
    api: 'biz.util.open',
    summary: 'Opens a page of DingTalk itself (a profile). `params.corpId` comes from the signature.',
    params: T.OpenPageParamsType,
    result: 'Nothing.',
  },
  useOpenModal: {
    api: 'biz.util.openModal',
    summary: 'Opens a URL in a modal of 676×545, 440×300 or 366×120 (title bar included).',
    params: T.OpenModalParamsType,
    result: 'What the page inside passed to `biz.navigation.quit`.',
    results: [T.QuitResultType],
  },
  useOpenSlidePanel: {
    api: 'biz.util.openSlidePanel',
    summary: 'Opens a URL in the slide panel.',
    params: T.OpenSlidePanelParamsType,
    result: 'What the page inside passed to `biz.navigation.quit`.',
    results: [T.QuitResultType],
  },
  useUploadAttachment: {
    api: 'biz.util.uploadAttachment',
    summary: 'Uploads files to 钉盘 or picks files from it. `space.corpId` comes from the signature.',
    params: T.UploadAttachmentParamsType,
    result: '`{ type, data }`.',
    results: [T.UploadAttachmentResultType, T.SpaceFileType],
  },
  useCspacePreview: {
    api: 'biz.cspace.preview',
    summary: 'Previews a file stored in 钉盘. `corpId` comes from the signature.',
    params: T.CspacePreviewParamsType,
    result: 'Nothing.',
  },
  useQuit: {
    api: 'biz.navigation.quit',
    summary: 'Closes the modal or slide panel this page runs in; `message` goes to the opener.',
    params: T.QuitParamsType,
    result: 'Nothing.',
  },
  useSetTitle: {
    api: 'biz.navigation.setTitle',
    summary: 'Sets the title of the modal or slide panel this page runs in.',
    params: T.SetTitleParamsType,
    result: 'Nothing.',
  },
  useSetLeft: {
    api: 'biz.navigation.setLeft',
    summary: 'Names the slide panel’s left button; its clicks arrive as `leftBtnClick`.',
    params: T.SetLeftParamsType,
    result: 'Nothing.',
  },
  useNavigationTitle: {
    api: 'biz.navigation.setTitle',
    summary: 'Declarative: keeps the frame’s title while mounted. `useNavigationTitle(title)`.',
    result: 'The latest call’s `{ status, error }`.',
    results: [T.NavigationCallStateType],
  },
  useLeftButton: {
    api: 'biz.navigation.setLeft',
    summary: 'Declarative: names the left button and listens to its clicks while mounted.',
    params: T.LeftButtonOptionsType,
    result: 'The latest call’s `{ status, error }`.',
    results: [T.NavigationCallStateType],
  },
  useDingTalkEvent: {
    api: 'leftBtnClick, backbutton, resume, pause',
    summary: 'Calls the handler on each client event while mounted. `useDingTalkEvent(name, handler)`.',
    result: 'Nothing.',
  },
  useDingPost: {
    api: 'biz.ding.post',
    summary:
      'Sends a DING 1.0 (PC) with an image (type 1) or a link card (type 2). `corpId` comes from the signature.',
    params: T.DingPostLinkParamsType,
    moreParams: [T.DingPostImageParamsType],
    result: 'Nothing.',
  },
  useDingCreate: {
    api: 'biz.ding.create',
    summary:
      'Opens DingTalk’s DING 2.0 composer (notice, task or meeting). `corpId` comes from the signature.',
    params: T.DingCreateParamsType,
    result: '`{ dingCreateResult }`.',
    results: [T.DingCreateResultType],
  },
  useAuthCode: {
    api: 'runtime.permission.requestAuthCode',
    summary: 'Gets a one-time 免登 auth code to exchange on your server. `corpId` comes from the signature.',
    params: T.RequestAuthCodeParamsType,
    result: '`{ code }`.',
    results: [T.RequestAuthCodeResultType],
  },
  useChannelAuthCode: {
    api: 'channel.permission.requestAuthCode',
    summary: 'The service-window (服务窗) auth code. `corpId` comes from the signature.',
    params: T.ChannelAuthCodeParamsType,
    result: '`{ code }`.',
    results: [T.ChannelAuthCodeResultType],
  },
  useOperateAuthCode: {
    api: 'runtime.permission.requestOperateAuthCode',
    summary: 'A temporary code for a feedback operation. `corpId` and `agentId` come from the signature.',
    params: T.OperateAuthCodeParamsType,
    result: '`{ code }`.',
    results: [T.OperateAuthCodeResultType],
  },
  useQuickCallList: {
    api: 'biz.telephone.quickCallList',
    summary: 'Offers the ways to call one person. `corpId` comes from the signature.',
    params: T.QuickCallListParamsType,
    result: '`{ callId, callType, callTypeList }`.',
    results: [T.QuickCallListResultType],
  },
  useVideoConfCall: {
    api: 'biz.conference.videoConfCall',
    summary: 'Starts a video meeting with colleagues.',
    params: T.VideoConfCallParamsType,
    result: 'Nothing.',
  },
  useStartClassRoom: {
    api: 'biz.live.startClassRoom',
    summary: 'Starts an online class (PC).',
    params: T.StartClassRoomParamsType,
    result: 'Nothing.',
  },
  useJsApi: {
    api: 'any catalog API',
    summary: 'The action hook of any API in the catalog, typed from it: `useJsApi(apiName, defaults?)`.',
    result: 'The API’s result type.',
  },
} satisfies Record<string, HookDoc>;

/** The name of a documented hook. */
export type HookName = keyof typeof hookDocs;
