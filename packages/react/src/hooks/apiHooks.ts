// The action hooks of one JS-API each: the hook table. Each line makes a hook from the API's
// descriptor (`createApiHook`); the hook carries that descriptor (`useConfirm.api`) and the params
// it takes from the provider's signature (`useConfirm.fromSignature`), which is what the README's
// table, the Storybook tables and `isSupported(useX)` read. An app's bundler keeps the hooks it
// imports and their descriptors, nothing else (`createApiHook` has no side effects).
//
// Each hook's JSDoc is its summary, written here once: the first line in English, the second in
// Chinese, both short enough for an editor's tooltip. The Storybook docs show them
// (scripts/hook-summaries.mjs copies them; `--check` in the tests). Every hook returns
// `{ run, data, error, status, isPending, progress, reset, cancel }`.
import { bizConferenceVideoConfCall } from '@dingkit/core/apis/bizConferenceVideoConfCall';
import { bizContactChoose } from '@dingkit/core/apis/bizContactChoose';
import { bizContactComplexPicker } from '@dingkit/core/apis/bizContactComplexPicker';
import { bizContactDepartmentsPicker } from '@dingkit/core/apis/bizContactDepartmentsPicker';
import { bizContactExternalComplexPicker } from '@dingkit/core/apis/bizContactExternalComplexPicker';
import { bizContactExternalEditForm } from '@dingkit/core/apis/bizContactExternalEditForm';
import { bizCspacePreview } from '@dingkit/core/apis/bizCspacePreview';
import { bizCustomContactChoose } from '@dingkit/core/apis/bizCustomContactChoose';
import { bizCustomContactMultipleChoose } from '@dingkit/core/apis/bizCustomContactMultipleChoose';
import { bizDingCreate } from '@dingkit/core/apis/bizDingCreate';
import { bizDingPost } from '@dingkit/core/apis/bizDingPost';
import { bizLiveStartClassRoom } from '@dingkit/core/apis/bizLiveStartClassRoom';
import { bizNavigationClose } from '@dingkit/core/apis/bizNavigationClose';
import { bizNavigationGoBack } from '@dingkit/core/apis/bizNavigationGoBack';
import { bizNavigationQuit } from '@dingkit/core/apis/bizNavigationQuit';
import { bizNavigationSetLeft } from '@dingkit/core/apis/bizNavigationSetLeft';
import { bizNavigationSetMenu } from '@dingkit/core/apis/bizNavigationSetMenu';
import { bizNavigationSetRight } from '@dingkit/core/apis/bizNavigationSetRight';
import { bizNavigationSetTitle } from '@dingkit/core/apis/bizNavigationSetTitle';
import { bizTelephoneQuickCallList } from '@dingkit/core/apis/bizTelephoneQuickCallList';
import { bizUtilChooseImage } from '@dingkit/core/apis/bizUtilChooseImage';
import { bizUtilDatepicker } from '@dingkit/core/apis/bizUtilDatepicker';
import { bizUtilDatetimepicker } from '@dingkit/core/apis/bizUtilDatetimepicker';
import { bizUtilDownloadFile } from '@dingkit/core/apis/bizUtilDownloadFile';
import { bizUtilIsLocalFileExist } from '@dingkit/core/apis/bizUtilIsLocalFileExist';
import { bizUtilOpen } from '@dingkit/core/apis/bizUtilOpen';
import { bizUtilOpenLink } from '@dingkit/core/apis/bizUtilOpenLink';
import { bizUtilOpenLocalFile } from '@dingkit/core/apis/bizUtilOpenLocalFile';
import { bizUtilOpenModal } from '@dingkit/core/apis/bizUtilOpenModal';
import { bizUtilOpenSlidePanel } from '@dingkit/core/apis/bizUtilOpenSlidePanel';
import { bizUtilPreviewImage } from '@dingkit/core/apis/bizUtilPreviewImage';
import { bizUtilScan } from '@dingkit/core/apis/bizUtilScan';
import { bizUtilShare } from '@dingkit/core/apis/bizUtilShare';
import { bizUtilTimepicker } from '@dingkit/core/apis/bizUtilTimepicker';
import { bizUtilUploadAttachment } from '@dingkit/core/apis/bizUtilUploadAttachment';
import { bizUtilUploadImage } from '@dingkit/core/apis/bizUtilUploadImage';
import { channelPermissionRequestAuthCode } from '@dingkit/core/apis/channelPermissionRequestAuthCode';
import { deviceConnectionGetNetworkType } from '@dingkit/core/apis/deviceConnectionGetNetworkType';
import { deviceGeolocationGet } from '@dingkit/core/apis/deviceGeolocationGet';
import { deviceNotificationActionSheet } from '@dingkit/core/apis/deviceNotificationActionSheet';
import { deviceNotificationAlert } from '@dingkit/core/apis/deviceNotificationAlert';
import { deviceNotificationConfirm } from '@dingkit/core/apis/deviceNotificationConfirm';
import { deviceNotificationPrompt } from '@dingkit/core/apis/deviceNotificationPrompt';
import { deviceNotificationToast } from '@dingkit/core/apis/deviceNotificationToast';
import { deviceNotificationVibrate } from '@dingkit/core/apis/deviceNotificationVibrate';
import { getSystemInfo } from '@dingkit/core/apis/getSystemInfo';
import { runtimePermissionRequestAuthCode } from '@dingkit/core/apis/runtimePermissionRequestAuthCode';
import { runtimePermissionRequestOperateAuthCode } from '@dingkit/core/apis/runtimePermissionRequestOperateAuthCode';
import { type ApiHook, createApiHook } from '../createApiHook';

// Dialogs and feedback

/**
 * Shows a message with one button; resolves when the person closes it.
 * 警告框：显示一条消息和一个按钮，关闭后返回。
 */
export const useAlert: ApiHook<'device.notification.alert'> = createApiHook(
  deviceNotificationAlert,
  'useAlert',
);

/**
 * Asks a question with the app's buttons; resolves with `{ buttonIndex }`. Always pass `buttonLabels`.
 * 确认框：返回所点按钮的 `buttonIndex`；请总是传 `buttonLabels`（各版本客户端默认按钮不同）。
 */
export const useConfirm: ApiHook<'device.notification.confirm'> = createApiHook(
  deviceNotificationConfirm,
  'useConfirm',
);

/**
 * Asks for a line of text; resolves with `{ buttonIndex, value }`.
 * 输入框：返回所点按钮的 `buttonIndex` 和输入的 `value`。
 */
export const usePrompt: ApiHook<'device.notification.prompt'> = createApiHook(
  deviceNotificationPrompt,
  'usePrompt',
);

/**
 * Shows a short message for 2–5 s (`duration`), after an optional `delay` of up to 10 s.
 * 轻提示：显示 2–5 秒（`duration`），可延迟最多 10 秒（`delay`）。
 */
export const useToast: ApiHook<'device.notification.toast'> = createApiHook(
  deviceNotificationToast,
  'useToast',
);

/**
 * Offers a list of actions; resolves with `{ buttonIndex }`, `-1` for the cancel button.
 * 操作菜单：返回所选项的 `buttonIndex`，点取消为 `-1`。
 */
export const useActionSheet: ApiHook<'device.notification.actionSheet'> = createApiHook(
  deviceNotificationActionSheet,
  'useActionSheet',
);

/**
 * Vibrates the phone (`duration` in ms, Android only).
 * 震动：`duration` 为毫秒，仅 Android 有效。
 */
export const useVibrate: ApiHook<'device.notification.vibrate'> = createApiHook(
  deviceNotificationVibrate,
  'useVibrate',
);

// People and departments

/**
 * Lets the person choose colleagues from the organisation; resolves with the chosen people.
 * 选人：从企业通讯录中选择同事，返回所选人员。
 */
export const useContactChoose: ApiHook<'biz.contact.choose', 'corpId'> = createApiHook(
  bizContactChoose,
  'useContactChoose',
  ['corpId'],
);

/**
 * Lets the person choose one of the given people.
 * 自定义联系人单选：从给定的人中选一人。
 */
export const useCustomContactChoose: ApiHook<'biz.customContact.choose', 'corpId'> = createApiHook(
  bizCustomContactChoose,
  'useCustomContactChoose',
  ['corpId'],
);

/**
 * Lets the person choose several of the given people.
 * 自定义联系人多选：从给定的人中选多人。
 */
export const useCustomContactMultipleChoose: ApiHook<'biz.customContact.multipleChoose', 'corpId'> =
  createApiHook(bizCustomContactMultipleChoose, 'useCustomContactMultipleChoose', ['corpId']);

/**
 * Lets the person choose people and departments; resolves with `{ selectedCount, users, departments }`.
 * 选人与部门：返回 `{ selectedCount, users, departments }`。
 */
export const useComplexPicker: ApiHook<'biz.contact.complexPicker', 'corpId'> = createApiHook(
  bizContactComplexPicker,
  'useComplexPicker',
  ['corpId'],
);

/**
 * Lets the person choose departments; resolves with `{ userCount, departments, departmentsCount }`.
 * 选部门：返回 `{ userCount, departments, departmentsCount }`。
 */
export const useDepartmentsPicker: ApiHook<'biz.contact.departmentsPicker', 'corpId'> = createApiHook(
  bizContactDepartmentsPicker,
  'useDepartmentsPicker',
  ['corpId'],
);

/**
 * Lets the person choose external contacts.
 * 选外部联系人。
 */
export const useExternalComplexPicker: ApiHook<'biz.contact.externalComplexPicker', 'corpId'> = createApiHook(
  bizContactExternalComplexPicker,
  'useExternalComplexPicker',
  ['corpId'],
);

/**
 * Opens the form to add or edit an external contact; resolves with the contact as saved.
 * 新增或编辑外部联系人，返回保存后的联系人。
 */
export const useExternalEditForm: ApiHook<'biz.contact.externalEditForm', 'corpId'> = createApiHook(
  bizContactExternalEditForm,
  'useExternalEditForm',
  ['corpId'],
);

// Files and images

/**
 * Lets the person choose images and uploads them; resolves with their URLs.
 * 上传图片：选择图片并上传，返回图片地址。
 */
export const useUploadImage: ApiHook<'biz.util.uploadImage'> = createApiHook(
  bizUtilUploadImage,
  'useUploadImage',
);

/**
 * Downloads a file into DingTalk's cache, with `progress`; `cancel()` stops it and the hook is `idle` again.
 * 下载文件到钉钉缓存：`progress` 为进度（整数百分比，完成时 100），`cancel()` 取消后回到 `idle`。
 */
export const useDownloadFile: ApiHook<'biz.util.downloadFile'> = createApiHook(
  bizUtilDownloadFile,
  'useDownloadFile',
);

/**
 * Opens a downloaded file by the URL it was downloaded from.
 * 打开已下载的文件（以下载地址为键）。
 */
export const useOpenLocalFile: ApiHook<'biz.util.openLocalFile'> = createApiHook(
  bizUtilOpenLocalFile,
  'useOpenLocalFile',
);

/**
 * Checks which downloaded files are still on disk; resolves with `{ url, path, isExist }` per file.
 * 检查已下载的文件是否还在，每个文件返回 `{ url, path, isExist }`。
 */
export const useLocalFileExists: ApiHook<'biz.util.isLocalFileExist'> = createApiHook(
  bizUtilIsLocalFileExist,
  'useLocalFileExists',
);

/**
 * Shows images full-size in DingTalk's viewer, starting at `current`.
 * 图片浏览：从 `current` 开始全屏查看图片。
 */
export const usePreviewImage: ApiHook<'biz.util.previewImage'> = createApiHook(
  bizUtilPreviewImage,
  'usePreviewImage',
);

/**
 * Uploads files to 钉盘 or picks files from it; resolves with `{ type, data }`.
 * 上传附件：上传到钉盘或从钉盘选择文件，返回 `{ type, data }`。
 */
export const useUploadAttachment: ApiHook<'biz.util.uploadAttachment', 'space.corpId'> = createApiHook(
  bizUtilUploadAttachment,
  'useUploadAttachment',
  ['space.corpId'],
);

/**
 * Previews a file stored in 钉盘.
 * 钉盘文件预览。
 */
export const useCspacePreview: ApiHook<'biz.cspace.preview', 'corpId'> = createApiHook(
  bizCspacePreview,
  'useCspacePreview',
  ['corpId'],
);

// Scan, share, pickers, device

/**
 * Opens the camera to scan a QR code or barcode (`type`); resolves with `{ text }`, what the code holds.
 * 扫码：扫二维码或条形码（`type`），返回码中的文本 `{ text }`。
 */
export const useScan: ApiHook<'biz.util.scan'> = createApiHook(bizUtilScan, 'useScan');

// The legacy name rather than the newer `chooseImage`, which calls it: the same clients (iOS, Android,
// HarmonyOS; not PC), but from 5.1.1 instead of 6.0.0, `count` checked before the bridge, and
// `filePaths` always in the result.
/**
 * Lets the person take photos or pick them from the album (`count`, `sourceType`); resolves with `{ filePaths, files }`.
 * 选择图片：拍照或从相册选（`count`、`sourceType`），返回本地路径 `{ filePaths, files }`。
 */
export const useChooseImage: ApiHook<'biz.util.chooseImage'> = createApiHook(
  bizUtilChooseImage,
  'useChooseImage',
);

/**
 * Gets the phone's location once; resolves with `{ longitude, latitude, accuracy, address… }`.
 * 获取当前地理位置（单次定位），返回经纬度、精度和地址。
 */
export const useGeolocation: ApiHook<'device.geolocation.get'> = createApiHook(
  deviceGeolocationGet,
  'useGeolocation',
);

/**
 * Opens DingTalk's share sheet for a link with a title, text and image.
 * 分享：打开钉钉的分享面板，分享链接、标题、内容和图片。
 */
export const useShare: ApiHook<'biz.util.share'> = createApiHook(bizUtilShare, 'useShare');

/**
 * Lets the person pick a date; resolves with `{ value }` in `format` (e.g. `'yyyy-MM-dd'`).
 * 日期选择器：返回按 `format`（如 `'yyyy-MM-dd'`）格式化的 `{ value }`。
 */
export const useDatePicker: ApiHook<'biz.util.datepicker'> = createApiHook(
  bizUtilDatepicker,
  'useDatePicker',
);

/**
 * Lets the person pick a time; resolves with `{ value }` in `format` (e.g. `'HH:mm'`).
 * 时间选择器：返回按 `format`（如 `'HH:mm'`）格式化的 `{ value }`。
 */
export const useTimePicker: ApiHook<'biz.util.timepicker'> = createApiHook(
  bizUtilTimepicker,
  'useTimePicker',
);

/**
 * Lets the person pick a date and time; resolves with `{ value }` in `format` (e.g. `'yyyy-MM-dd HH:mm'`).
 * 日期时间选择器：返回按 `format`（如 `'yyyy-MM-dd HH:mm'`）格式化的 `{ value }`。
 */
export const useDateTimePicker: ApiHook<'biz.util.datetimepicker'> = createApiHook(
  bizUtilDatetimepicker,
  'useDateTimePicker',
);

/**
 * Tells the network the phone is on: `{ result }` is `'wifi'`, `'2g'`–`'4g'`, `'unknown'` or `'none'` (offline).
 * 获取当前网络类型：`result` 为 `'wifi'`、`'2g'`–`'4g'`、`'unknown'` 或 `'none'`（离线）。
 */
export const useNetworkType: ApiHook<'device.connection.getNetworkType'> = createApiHook(
  deviceConnectionGetNetworkType,
  'useNetworkType',
);

/**
 * Describes the phone and the client: `{ platform, system, model, screenWidth, statusBarHeight… }`.
 * 获取系统信息：平台、系统版本、机型、屏幕尺寸、状态栏和标题栏高度等。
 */
export const useSystemInfo: ApiHook<'getSystemInfo'> = createApiHook(getSystemInfo, 'useSystemInfo');

// Pages and navigation

/**
 * Opens a URL in the system browser.
 * 在系统浏览器中打开链接。
 */
export const useOpenLink: ApiHook<'biz.util.openLink'> = createApiHook(bizUtilOpenLink, 'useOpenLink');

/**
 * Opens a page of DingTalk itself; on PC only `name: 'profile'`, a person's profile.
 * 打开钉钉内的页面；PC 端仅支持 `name: 'profile'`（个人资料页）。
 */
export const useOpenPage: ApiHook<'biz.util.open', 'params.corpId'> = createApiHook(
  bizUtilOpen,
  'useOpenPage',
  ['params.corpId'],
);

/**
 * Opens a URL in a modal (PC); resolves with the `message` that page passed to `biz.navigation.quit`.
 * 在模态框中打开页面（PC），返回该页面关闭时传给 `biz.navigation.quit` 的 `message`。
 */
export const useOpenModal: ApiHook<'biz.util.openModal'> = createApiHook(bizUtilOpenModal, 'useOpenModal');

/**
 * Opens a URL in the slide panel (PC); resolves with the `message` that page passed to `biz.navigation.quit`.
 * 在侧边栏中打开页面（PC），返回该页面关闭时传给 `biz.navigation.quit` 的 `message`。
 */
export const useOpenSlidePanel: ApiHook<'biz.util.openSlidePanel'> = createApiHook(
  bizUtilOpenSlidePanel,
  'useOpenSlidePanel',
);

/**
 * Closes the modal or slide panel this page runs in (PC), passing `message` to its opener.
 * 关闭当前所在的模态框或侧边栏（PC），把 `message` 交给打开它的页面。
 */
export const useQuit: ApiHook<'biz.navigation.quit'> = createApiHook(bizNavigationQuit, 'useQuit');

/**
 * Sets the title of the navigation bar, or of the modal or slide panel this page runs in. See `useNavigationTitle`.
 * 设置导航栏标题（或所在模态框、侧边栏的标题）。声明式用法见 `useNavigationTitle`。
 */
export const useSetTitle: ApiHook<'biz.navigation.setTitle'> = createApiHook(
  bizNavigationSetTitle,
  'useSetTitle',
);

/**
 * Sets the left button's text; `control: true` takes over its taps (iOS). For the taps see `useBackButton`, on PC `useLeftButton`.
 * 设置导航栏左侧按钮；`control: true` 接管点击（iOS）。声明式用法见 `useLeftButton`、`useBackButton`。
 */
export const useSetLeft: ApiHook<'biz.navigation.setLeft'> = createApiHook(
  bizNavigationSetLeft,
  'useSetLeft',
);

/**
 * Shows one button on the right of the navigation bar; resolves once it is shown. For its taps see `useRightButton`.
 * 设置导航栏右侧单个按钮，显示后返回。监听点击请用 `useRightButton`。
 */
export const useSetRight: ApiHook<'biz.navigation.setRight'> = createApiHook(
  bizNavigationSetRight,
  'useSetRight',
);

/**
 * Shows several buttons on the right of the navigation bar; resolves once they are shown. For their taps see `useNavigationMenu`.
 * 设置导航栏右侧多个按钮，显示后返回。监听点击请用 `useNavigationMenu`。
 */
export const useSetMenu: ApiHook<'biz.navigation.setMenu'> = createApiHook(
  bizNavigationSetMenu,
  'useSetMenu',
);

/**
 * Goes back to the previous page in DingTalk's page stack.
 * 返回上一级页面。
 */
export const useGoBack: ApiHook<'biz.navigation.goBack'> = createApiHook(bizNavigationGoBack, 'useGoBack');

/**
 * Closes the current page (mobile).
 * 关闭当前页面（移动端）。
 */
export const useClosePage: ApiHook<'biz.navigation.close'> = createApiHook(
  bizNavigationClose,
  'useClosePage',
);

// DING, calls, meetings

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
 * Starts a video meeting with colleagues.
 * 发起视频会议。
 */
export const useVideoConfCall: ApiHook<'biz.conference.videoConfCall'> = createApiHook(
  bizConferenceVideoConfCall,
  'useVideoConfCall',
);

/**
 * Starts an online class (PC).
 * 发起在线课堂（PC）。
 */
export const useStartClassRoom: ApiHook<'biz.live.startClassRoom'> = createApiHook(
  bizLiveStartClassRoom,
  'useStartClassRoom',
);

// Auth codes

/**
 * Gets a one-time 免登 auth code (`{ code }`) to exchange on your server for the person.
 * 获取免登授权码 `{ code }`，在服务端换取用户身份。
 */
export const useAuthCode: ApiHook<'runtime.permission.requestAuthCode', 'corpId'> = createApiHook(
  runtimePermissionRequestAuthCode,
  'useAuthCode',
  ['corpId'],
);

/**
 * Gets a one-time service-window auth code (`{ code }`).
 * 获取服务窗免登授权码 `{ code }`。
 */
export const useChannelAuthCode: ApiHook<'channel.permission.requestAuthCode', 'corpId'> = createApiHook(
  channelPermissionRequestAuthCode,
  'useChannelAuthCode',
  ['corpId'],
);

/**
 * Gets a temporary code (`{ code }`) for a feedback-style operation.
 * 获取反馈式操作的临时授权码 `{ code }`。
 */
export const useOperateAuthCode: ApiHook<'runtime.permission.requestOperateAuthCode', 'corpId' | 'agentId'> =
  createApiHook(runtimePermissionRequestOperateAuthCode, 'useOperateAuthCode', ['corpId', 'agentId']);
