import type { ComponentType } from 'react';
import * as T from './types';

/**
 * What the API docs pages show of one hook besides what the hook itself says: the JS-API comes
 * from its descriptor (`useConfirm.api`), the summary from its JSDoc (hookSummaries.generated.ts).
 */
export interface HookDoc {
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
    params: T.AlertParamsType,
    result: 'Nothing (`undefined`).',
  },
  useConfirm: {
    params: T.ConfirmParamsType,
    result: '`{ buttonIndex }` of the clicked button.',
    results: [T.ConfirmResultType],
  },
  usePrompt: {
    params: T.PromptParamsType,
    result: '`{ buttonIndex, value }`.',
    results: [T.PromptResultType],
  },
  useToast: {
    params: T.ToastParamsType,
    result: 'Nothing.',
  },
  useActionSheet: {
    params: T.ActionSheetParamsType,
    result: '`{ buttonIndex }`: the index into `otherButtons`, or -1 for the cancel button.',
    results: [T.ActionSheetResultType],
  },
  useContactChoose: {
    params: T.ContactChooseParamsType,
    result: 'An array of the chosen people.',
    results: [T.ContactUserType],
  },
  useCustomContactChoose: {
    params: T.CustomContactChooseParamsType,
    result: 'An array with the chosen person.',
    results: [T.ContactUserType],
  },
  useCustomContactMultipleChoose: {
    params: T.CustomContactMultipleChooseParamsType,
    result: 'An array of the chosen people.',
    results: [T.ContactUserType],
  },
  useComplexPicker: {
    params: T.ComplexPickerParamsType,
    result: '`{ selectedCount, users, departments }`.',
    results: [T.ComplexPickerResultType, T.PickedUserType, T.PickedDepartmentType],
  },
  useDepartmentsPicker: {
    params: T.DepartmentsPickerParamsType,
    result: '`{ userCount, departments, departmentsCount }`.',
    results: [T.DepartmentsPickerResultType, T.PickedDepartmentType],
  },
  useExternalComplexPicker: {
    params: T.ExternalPickerParamsType,
    result: 'An array of the chosen contacts.',
    results: [T.ExternalContactType],
  },
  useExternalEditForm: {
    params: T.ExternalEditFormParamsType,
    result: 'The contact as saved.',
    results: [T.ExternalEditFormResultType],
  },
  useUploadImage: {
    params: T.UploadImageParamsType,
    result: 'An array of the uploaded images’ URLs (object URLs of the chosen files in the mock).',
  },
  useDownloadFile: {
    params: T.DownloadFileParamsType,
    result:
      'Nothing (`undefined`): the call resolves when the file is in the cache, whatever the client answered (`true`, `{}`). `progress` holds the latest report:',
    results: [T.DownloadProgressType],
  },
  useOpenLocalFile: {
    params: T.OpenLocalFileParamsType,
    result:
      'Nothing (`undefined`): the call resolves once the file is open, whatever the client answered (`true`, `{}`).',
  },
  useLocalFileExists: {
    params: T.LocalFileExistParamsType,
    result: 'An array of `{ url, path, isExist }`, one per url.',
  },
  usePreviewImage: {
    params: T.PreviewImageParamsType,
    result: 'Nothing.',
  },
  useOpenLink: {
    params: T.OpenLinkParamsType,
    result: 'Nothing.',
  },
  useOpenPage: {
    params: T.OpenPageParamsType,
    result: 'Nothing.',
  },
  useOpenModal: {
    params: T.OpenModalParamsType,
    result: 'What the page inside passed to `biz.navigation.quit`.',
    results: [T.QuitResultType],
  },
  useOpenSlidePanel: {
    params: T.OpenSlidePanelParamsType,
    result: 'What the page inside passed to `biz.navigation.quit`.',
    results: [T.QuitResultType],
  },
  useUploadAttachment: {
    params: T.UploadAttachmentParamsType,
    result: '`{ type, data }`.',
    results: [T.UploadAttachmentResultType, T.SpaceFileType],
  },
  useCspacePreview: {
    params: T.CspacePreviewParamsType,
    result: 'Nothing.',
  },
  useQuit: {
    params: T.QuitParamsType,
    result: 'Nothing.',
  },
  useSetTitle: {
    params: T.SetTitleParamsType,
    result: 'Nothing.',
  },
  useSetLeft: {
    params: T.SetLeftParamsType,
    result: 'Nothing.',
  },
  useNavigationTitle: {
    result: 'The latest call’s `{ status, error }`.',
    results: [T.NavigationCallStateType],
  },
  useLeftButton: {
    params: T.LeftButtonOptionsType,
    result: 'The latest call’s `{ status, error }`.',
    results: [T.NavigationCallStateType],
  },
  useBackButton: {
    params: T.BackButtonOptionsType,
    result: 'Nothing.',
  },
  useRightButton: {
    params: T.RightButtonOptionsType,
    result: 'The latest call’s `{ status, error }`.',
    results: [T.NavigationCallStateType],
  },
  useNavigationMenu: {
    params: T.NavigationMenuOptionsType,
    result: 'The latest call’s `{ status, error }`.',
    results: [T.NavigationCallStateType],
  },
  useDingTalkEvent: {
    result: 'Nothing.',
  },
  useDingPost: {
    params: T.DingPostLinkParamsType,
    moreParams: [T.DingPostImageParamsType],
    result: 'Nothing.',
  },
  useDingCreate: {
    params: T.DingCreateParamsType,
    result: '`{ dingCreateResult }`.',
    results: [T.DingCreateResultType],
  },
  useAuthCode: {
    params: T.RequestAuthCodeParamsType,
    result: '`{ code }`.',
    results: [T.RequestAuthCodeResultType],
  },
  useChannelAuthCode: {
    params: T.ChannelAuthCodeParamsType,
    result: '`{ code }`.',
    results: [T.ChannelAuthCodeResultType],
  },
  useOperateAuthCode: {
    params: T.OperateAuthCodeParamsType,
    result: '`{ code }`.',
    results: [T.OperateAuthCodeResultType],
  },
  useQuickCallList: {
    params: T.QuickCallListParamsType,
    result: '`{ callId, callType, callTypeList }`.',
    results: [T.QuickCallListResultType],
  },
  useVideoConfCall: {
    params: T.VideoConfCallParamsType,
    result: 'Nothing.',
  },
  useStartClassRoom: {
    params: T.StartClassRoomParamsType,
    result: 'Nothing.',
  },
  useScan: {
    params: T.ScanParamsType,
    result: '`{ text }`: what the code holds.',
    results: [T.ScanResultType],
  },
  useGeolocation: {
    params: T.GeolocationParamsType,
    result: 'The position: `{ longitude, latitude, accuracy, address, … }`.',
    results: [T.GeolocationResultType],
  },
  useChooseImage: {
    params: T.ChooseImageParamsType,
    result: "`{ filePaths, files }`: local paths of the images, and each one's `{ path, size, fileType }`.",
    results: [T.ChooseImageResultType],
  },
  useShare: {
    params: T.ShareParamsType,
    result: '`{ shareType }`: the channel the person chose (or the key of one of your `custom_addon` items).',
  },
  useDatePicker: {
    params: T.DatePickerParamsType,
    result: '`{ value }` in `format`.',
    results: [T.DatePickerResultType],
  },
  useTimePicker: {
    params: T.TimePickerParamsType,
    result: '`{ value }` in `format`.',
    results: [T.TimePickerResultType],
  },
  useDateTimePicker: {
    params: T.DateTimePickerParamsType,
    result: '`{ value }` in `format`.',
    results: [T.DateTimePickerResultType],
  },
  useVibrate: {
    params: T.VibrateParamsType,
    result: 'Nothing.',
  },
  useNetworkType: {
    result: '`{ result }`: `wifi`, `2g`, `3g`, `4g`, `unknown` or `none`.',
    results: [T.NetworkTypeResultType],
  },
  useSystemInfo: {
    result:
      'The phone and the client: `{ app, brand, model, system, platform, version, screenWidth, statusBarHeight, titleBarHeight, … }`.',
    results: [T.SystemInfoResultType],
  },
  useSetRight: {
    params: T.SetRightParamsType,
    result: 'Nothing.',
  },
  useSetMenu: {
    params: T.SetMenuParamsType,
    result: '`{ id }` of the clicked item.',
    results: [T.SetMenuResultType],
  },
  useGoBack: {
    result: 'Nothing.',
  },
  useClosePage: {
    result: 'Nothing.',
  },
  useJsApi: {
    result: 'The API’s result type.',
  },
} satisfies Record<string, HookDoc>;

/** The name of a documented hook. */
export type HookName = keyof typeof hookDocs;
