// Components whose props are the JS-API types, so that Storybook's docgen turns each type into a
// table (params, results) on the API docs pages. They render nothing. Types are imported from the
// source files by relative path: the docgen follows relative imports only.

import type {
  ChannelAuthCodeParams,
  ChannelAuthCodeResult,
  ComplexPickerParams,
  ComplexPickerResult,
  CspacePreviewParams,
  DepartmentsPickerParams,
  DepartmentsPickerResult,
  DingCreateParams,
  DingCreateResult,
  ExternalContact,
  ExternalEditFormParams,
  ExternalEditFormResult,
  ExternalPickerParams,
  OperateAuthCodeParams,
  OperateAuthCodeResult,
  PickedDepartment,
  PickedUser,
  QuickCallListParams,
  QuickCallListResult,
  SpaceFile,
  StartClassRoomParams,
  UploadAttachmentParams,
  UploadAttachmentResult,
  VideoConfCallParams,
} from '../../../packages/core/src/catalog/extraApis';
import type {
  BizNavigationSetMenuParams,
  BizNavigationSetMenuResult,
  BizNavigationSetRightParams,
  BizUtilChooseImageParams,
  BizUtilChooseImageResult,
  BizUtilDatepickerParams,
  BizUtilDatepickerResult,
  BizUtilDatetimepickerParams,
  BizUtilDatetimepickerResult,
  BizUtilShareParams,
  BizUtilTimepickerParams,
  BizUtilTimepickerResult,
  DeviceConnectionGetNetworkTypeResult,
  DeviceGeolocationGetParams,
  DeviceGeolocationGetResult,
  DeviceNotificationVibrateParams,
} from '../../../packages/core/src/catalog/jsapiTypes.generated';
import type { UnionGetSystemInfoResult } from '../../../packages/core/src/catalog/jsapiUnionTypes.generated';
import type { ScanParams, ScanResult } from '../../../packages/core/src/catalog/mobileApis';
import type {
  ActionSheetParams,
  ActionSheetResult,
  AlertParams,
  ConfirmParams,
  ConfirmResult,
  ContactChooseParams,
  ContactUser,
  CustomContactChooseParams,
  CustomContactMultipleChooseParams,
  DingPostImageParams,
  DingPostLinkParams,
  DownloadFileParams,
  DownloadProgress,
  LocalFileExistParams,
  OpenLinkParams,
  OpenLocalFileParams,
  OpenModalParams,
  OpenPageParams,
  OpenSlidePanelParams,
  PreviewImageParams,
  PromptParams,
  PromptResult,
  QuitParams,
  QuitResult,
  RequestAuthCodeParams,
  RequestAuthCodeResult,
  SetLeftParams,
  SetTitleParams,
  ToastParams,
  UploadImageParams,
} from '../../../packages/core/src/catalog/pcApis';
import type { BackButtonOptions } from '../../../packages/react/src/hooks/useBackButton';
import type { LeftButtonOptions } from '../../../packages/react/src/hooks/useLeftButton';
import type { NavigationMenuOptions } from '../../../packages/react/src/hooks/useNavigationMenu';
import type { NavigationCallState } from '../../../packages/react/src/hooks/useNavigationTitle';
import type { RightButtonOptions } from '../../../packages/react/src/hooks/useRightButton';

/** `AlertParams` */
export function AlertParamsType(_props: AlertParams) {
  return <span hidden />;
}

/** `ConfirmParams` */
export function ConfirmParamsType(_props: ConfirmParams) {
  return <span hidden />;
}

/** `ConfirmResult` */
export function ConfirmResultType(_props: ConfirmResult) {
  return <span hidden />;
}

/** `PromptParams` */
export function PromptParamsType(_props: PromptParams) {
  return <span hidden />;
}

/** `PromptResult` */
export function PromptResultType(_props: PromptResult) {
  return <span hidden />;
}

/** `ToastParams` */
export function ToastParamsType(_props: ToastParams) {
  return <span hidden />;
}

/** `ActionSheetParams` */
export function ActionSheetParamsType(_props: ActionSheetParams) {
  return <span hidden />;
}

/** `ActionSheetResult` */
export function ActionSheetResultType(_props: ActionSheetResult) {
  return <span hidden />;
}

/** `ContactChooseParams` */
export function ContactChooseParamsType(_props: ContactChooseParams) {
  return <span hidden />;
}

/** `ContactUser` */
export function ContactUserType(_props: ContactUser) {
  return <span hidden />;
}

/** `CustomContactChooseParams` */
export function CustomContactChooseParamsType(_props: CustomContactChooseParams) {
  return <span hidden />;
}

/** `CustomContactMultipleChooseParams` */
export function CustomContactMultipleChooseParamsType(_props: CustomContactMultipleChooseParams) {
  return <span hidden />;
}

/** `UploadImageParams` */
export function UploadImageParamsType(_props: UploadImageParams) {
  return <span hidden />;
}

/** `DownloadFileParams` */
export function DownloadFileParamsType(_props: DownloadFileParams) {
  return <span hidden />;
}

/** `DownloadProgress` */
export function DownloadProgressType(_props: DownloadProgress) {
  return <span hidden />;
}

/** `OpenLocalFileParams` */
export function OpenLocalFileParamsType(_props: OpenLocalFileParams) {
  return <span hidden />;
}

/** `LocalFileExistParams` */
export function LocalFileExistParamsType(_props: LocalFileExistParams) {
  return <span hidden />;
}

/** `PreviewImageParams` */
export function PreviewImageParamsType(_props: PreviewImageParams) {
  return <span hidden />;
}

/** `OpenLinkParams` */
export function OpenLinkParamsType(_props: OpenLinkParams) {
  return <span hidden />;
}

/** `OpenPageParams` */
export function OpenPageParamsType(_props: OpenPageParams) {
  return <span hidden />;
}

/** `OpenModalParams` */
export function OpenModalParamsType(_props: OpenModalParams) {
  return <span hidden />;
}

/** `QuitResult` */
export function QuitResultType(_props: QuitResult) {
  return <span hidden />;
}

/** `OpenSlidePanelParams` */
export function OpenSlidePanelParamsType(_props: OpenSlidePanelParams) {
  return <span hidden />;
}

/** `QuitParams` */
export function QuitParamsType(_props: QuitParams) {
  return <span hidden />;
}

/** `SetTitleParams` */
export function SetTitleParamsType(_props: SetTitleParams) {
  return <span hidden />;
}

/** `SetLeftParams` */
export function SetLeftParamsType(_props: SetLeftParams) {
  return <span hidden />;
}

/** `DingPostImageParams` */
export function DingPostImageParamsType(_props: DingPostImageParams) {
  return <span hidden />;
}

/** `DingPostLinkParams` */
export function DingPostLinkParamsType(_props: DingPostLinkParams) {
  return <span hidden />;
}

/** `RequestAuthCodeParams` */
export function RequestAuthCodeParamsType(_props: RequestAuthCodeParams) {
  return <span hidden />;
}

/** `RequestAuthCodeResult` */
export function RequestAuthCodeResultType(_props: RequestAuthCodeResult) {
  return <span hidden />;
}

/** `ComplexPickerParams` */
export function ComplexPickerParamsType(_props: ComplexPickerParams) {
  return <span hidden />;
}

/** `ComplexPickerResult` */
export function ComplexPickerResultType(_props: ComplexPickerResult) {
  return <span hidden />;
}

/** `PickedUser` */
export function PickedUserType(_props: PickedUser) {
  return <span hidden />;
}

/** `PickedDepartment` */
export function PickedDepartmentType(_props: PickedDepartment) {
  return <span hidden />;
}

/** `DepartmentsPickerParams` */
export function DepartmentsPickerParamsType(_props: DepartmentsPickerParams) {
  return <span hidden />;
}

/** `DepartmentsPickerResult` */
export function DepartmentsPickerResultType(_props: DepartmentsPickerResult) {
  return <span hidden />;
}

/** `ExternalPickerParams` */
export function ExternalPickerParamsType(_props: ExternalPickerParams) {
  return <span hidden />;
}

/** `ExternalContact` */
export function ExternalContactType(_props: ExternalContact) {
  return <span hidden />;
}

/** `ExternalEditFormParams` */
export function ExternalEditFormParamsType(_props: ExternalEditFormParams) {
  return <span hidden />;
}

/** `ExternalEditFormResult` */
export function ExternalEditFormResultType(_props: ExternalEditFormResult) {
  return <span hidden />;
}

/** `UploadAttachmentParams` */
export function UploadAttachmentParamsType(_props: UploadAttachmentParams) {
  return <span hidden />;
}

/** `UploadAttachmentResult` */
export function UploadAttachmentResultType(_props: UploadAttachmentResult) {
  return <span hidden />;
}

/** `SpaceFile` */
export function SpaceFileType(_props: SpaceFile) {
  return <span hidden />;
}

/** `CspacePreviewParams` */
export function CspacePreviewParamsType(_props: CspacePreviewParams) {
  return <span hidden />;
}

/** `DingCreateParams` */
export function DingCreateParamsType(_props: DingCreateParams) {
  return <span hidden />;
}

/** `DingCreateResult` */
export function DingCreateResultType(_props: DingCreateResult) {
  return <span hidden />;
}

/** `ChannelAuthCodeParams` */
export function ChannelAuthCodeParamsType(_props: ChannelAuthCodeParams) {
  return <span hidden />;
}

/** `ChannelAuthCodeResult` */
export function ChannelAuthCodeResultType(_props: ChannelAuthCodeResult) {
  return <span hidden />;
}

/** `OperateAuthCodeParams` */
export function OperateAuthCodeParamsType(_props: OperateAuthCodeParams) {
  return <span hidden />;
}

/** `OperateAuthCodeResult` */
export function OperateAuthCodeResultType(_props: OperateAuthCodeResult) {
  return <span hidden />;
}

/** `QuickCallListParams` */
export function QuickCallListParamsType(_props: QuickCallListParams) {
  return <span hidden />;
}

/** `QuickCallListResult` */
export function QuickCallListResultType(_props: QuickCallListResult) {
  return <span hidden />;
}

/** `VideoConfCallParams` */
export function VideoConfCallParamsType(_props: VideoConfCallParams) {
  return <span hidden />;
}

/** `StartClassRoomParams` */
export function StartClassRoomParamsType(_props: StartClassRoomParams) {
  return <span hidden />;
}

/** `NavigationCallState` */
export function NavigationCallStateType(_props: NavigationCallState) {
  return <span hidden />;
}

/** `LeftButtonOptions` */
export function LeftButtonOptionsType(_props: LeftButtonOptions) {
  return <span hidden />;
}

/** `BackButtonOptions` (the second argument; the first is the handler) */
export function BackButtonOptionsType(_props: BackButtonOptions) {
  return <span hidden />;
}

/** `RightButtonOptions` */
export function RightButtonOptionsType(_props: RightButtonOptions) {
  return <span hidden />;
}

/** `NavigationMenuOptions` */
export function NavigationMenuOptionsType(_props: NavigationMenuOptions) {
  return <span hidden />;
}

/** `ScanParams` */
export function ScanParamsType(_props: ScanParams) {
  return <span hidden />;
}

/** `ScanResult` */
export function ScanResultType(_props: ScanResult) {
  return <span hidden />;
}

/** `DeviceGeolocationGetParams` */
export function GeolocationParamsType(_props: DeviceGeolocationGetParams) {
  return <span hidden />;
}

/** `DeviceGeolocationGetResult` */
export function GeolocationResultType(_props: DeviceGeolocationGetResult) {
  return <span hidden />;
}

/** `BizUtilShareParams` */
export function ShareParamsType(_props: BizUtilShareParams) {
  return <span hidden />;
}

/** `BizUtilDatepickerParams` */
export function DatePickerParamsType(_props: BizUtilDatepickerParams) {
  return <span hidden />;
}

/** `BizUtilDatepickerResult` */
export function DatePickerResultType(_props: BizUtilDatepickerResult) {
  return <span hidden />;
}

/** `BizUtilTimepickerParams` */
export function TimePickerParamsType(_props: BizUtilTimepickerParams) {
  return <span hidden />;
}

/** `BizUtilTimepickerResult` */
export function TimePickerResultType(_props: BizUtilTimepickerResult) {
  return <span hidden />;
}

/** `BizUtilDatetimepickerParams` */
export function DateTimePickerParamsType(_props: BizUtilDatetimepickerParams) {
  return <span hidden />;
}

/** `BizUtilDatetimepickerResult` */
export function DateTimePickerResultType(_props: BizUtilDatetimepickerResult) {
  return <span hidden />;
}

/** `DeviceNotificationVibrateParams` */
export function VibrateParamsType(_props: DeviceNotificationVibrateParams) {
  return <span hidden />;
}

/** `BizUtilChooseImageParams` */
export function ChooseImageParamsType(_props: BizUtilChooseImageParams) {
  return <span hidden />;
}

/** `BizUtilChooseImageResult` */
export function ChooseImageResultType(_props: BizUtilChooseImageResult) {
  return <span hidden />;
}

/** `UnionGetSystemInfoResult` */
export function SystemInfoResultType(_props: UnionGetSystemInfoResult) {
  return <span hidden />;
}

/** `DeviceConnectionGetNetworkTypeResult` */
export function NetworkTypeResultType(_props: DeviceConnectionGetNetworkTypeResult) {
  return <span hidden />;
}

/** `BizNavigationSetRightParams` */
export function SetRightParamsType(_props: BizNavigationSetRightParams) {
  return <span hidden />;
}

/** `BizNavigationSetMenuParams` */
export function SetMenuParamsType(_props: BizNavigationSetMenuParams) {
  return <span hidden />;
}

/** `BizNavigationSetMenuResult` */
export function SetMenuResultType(_props: BizNavigationSetMenuResult) {
  return <span hidden />;
}
