// Params and results of the APIs documented in the DingTalk PC JS-API reference, field by field.
// Callbacks (onSuccess/onFail/onProgress) are not params here: dingkit returns promises and takes
// onProgress through CallOptions.

/** runtime.permission.requestAuthCode — 免登授权码. */
export interface RequestAuthCodeParams {
  /** 企业ID. */
  corpId: string;
}
/** What runtime.permission.requestAuthCode answers. */
export interface RequestAuthCodeResult {
  /** The one-time auth code; exchange it on the server (`getUserByAuthCode`). */
  code: string;
}

/** device.notification.alert */
export interface AlertParams {
  /** 消息内容. */
  message: string;
  /** 弹窗标题; may be empty. */
  title?: string;
  /** 按钮名称. */
  buttonName?: string;
}

/** device.notification.confirm */
export interface ConfirmParams {
  message: string;
  title?: string;
  /** 按钮名称. Always sent explicitly by dingkit: the official package's defaults differ by entry point. */
  buttonLabels?: string[];
}
/** The button clicked in device.notification.confirm. */
export interface ConfirmResult {
  /** Index into `buttonLabels` of the clicked button, from 0. */
  buttonIndex: number;
}

/** device.notification.prompt */
export interface PromptParams {
  message: string;
  title?: string;
  /** 默认提示: text the input starts with. */
  defaultText?: string;
  buttonLabels?: string[];
}
/** The button clicked and the text typed in device.notification.prompt. */
export interface PromptResult {
  buttonIndex: number;
  /** 输入的值. */
  value: string;
}

/** The toast types of device.notification.toast. */
export type ToastType = 'alert' | 'success' | 'error' | 'warning' | 'information' | 'confirm';

/** device.notification.toast */
export interface ToastParams {
  /** PC: the toast's style. @default 'information' */
  type?: ToastType;
  /** Mobile: 移动端 icon样式; none by default. */
  icon?: 'success' | 'error';
  /** 提示信息. */
  text: string;
  /** Seconds shown, 2 to 5. */
  duration?: number;
  /** Seconds before showing, 0 to 10. @default 0 */
  delay?: number;
}

/** device.notification.actionSheet */
export interface ActionSheetParams {
  title?: string;
  /** 取消按钮文本. */
  cancelButton?: string;
  /** 其他按钮列表; at least one. */
  otherButtons: string[];
}
/** The option chosen in device.notification.actionSheet. */
export interface ActionSheetResult {
  /** Index into `otherButtons`, from 0; `-1` when the cancel button was chosen (not an error). */
  buttonIndex: number;
}

/** biz.util.open — open a page inside DingTalk. Only `profile` is documented for PC. */
export interface OpenPageParams {
  name: 'profile';
  params: {
    /** 用户工号 (userid). */
    id: string;
    /** 企业ID. */
    corpId: string;
  };
}

/** The three modal sizes of biz.util.openModal; omit `size` for the large one. */
export type ModalSize = 'middle' | 'mini';

/** biz.util.openModal */
export interface OpenModalParams {
  /** Omitted: 676×545; `'middle'`: 440×300; `'mini'`: 366×120 (all including the title bar). */
  size?: ModalSize;
  /** The page shown inside the modal. */
  url: string;
  title?: string;
}
/** What the page inside a modal or slide panel passed to `biz.navigation.quit`. */
export interface QuitResult {
  message?: string;
}

/** biz.util.openSlidePanel */
export interface OpenSlidePanelParams {
  url: string;
  title?: string;
}

/** biz.util.uploadImage */
export interface UploadImageParams {
  /** @default false */
  multiple?: boolean;
  /** 最多可选个数, a positive integer. */
  max?: number;
  /** 业务类型 (client 5.0.0+). @default 'jsapi' */
  bizType?: string;
  /**
   * Who may download the uploaded files (client 5.0.0+): `1` STRICT_AUTH, the client asks the app
   * on each download (the default); `4` TEMP_AUTH, a temporary file deleted when it expires;
   * `6` CDN_ONLY, a public file downloaded over https only.
   */
  authType?: 1 | 4 | 6;
  /** 是否压缩. */
  compression?: boolean;
  /** 图片压缩质量, an integer from 0 to 100: the smaller, the stronger the compression. */
  quality?: number;
  /** 图片缩放, an integer from 0 to 100: the smaller, the smaller the image. */
  resize?: number;
  /** 水印信息 stamped on photos (client 2.11.0+). */
  stickers?: {
    time?: string;
    dateWeather?: string;
    username?: string;
    address?: string;
  };
}
/** The uploaded images' URLs. */
export type UploadImageResult = string[];

/** biz.util.downloadFile */
export interface DownloadFileParams {
  /** 要下载文件的url. */
  url: string;
  /** File name to save as; include the extension. */
  name?: string;
}
/** Progress of biz.util.downloadFile, normalised from what the client reports. */
export interface DownloadProgress {
  /** Bytes received so far, when the client reports them. */
  loaded?: number;
  /** Total bytes, when the client reports them. */
  total?: number;
  /** 0 to 100, a whole number; 100 once the download has finished. */
  percent: number;
}

/** biz.util.openLocalFile */
export interface OpenLocalFileParams {
  /** The cache key (url) of a downloaded file. */
  url: string;
}

/** biz.util.isLocalFileExist */
export interface LocalFileExistParams {
  params: { url: string }[];
}
/** One entry per url asked about by biz.util.isLocalFileExist. */
export type LocalFileExistResult = {
  url: string;
  path: string;
  isExist: boolean;
}[];

/** biz.util.previewImage */
export interface PreviewImageParams {
  /** 图片地址列表; at least one. */
  urls: string[];
  /** The image shown first; one of `urls`. */
  current?: string;
  /** 是否显示删除按钮, as a string. @default 'false' */
  showRemoveButton?: 'true' | 'false';
  /** 长按图片是否显示长按菜单, as a string. @default 'true' */
  enableLongPress?: 'true' | 'false';
  /** 是否显示保存按钮, as a string. @default 'true' */
  showDownload?: 'true' | 'false';
}

/** biz.util.openLink */
export interface OpenLinkParams {
  url: string;
  /** 新页面是否展示分享按钮. */
  enableShare?: boolean;
}

/** biz.navigation.quit — only inside a modal or slide panel. */
export interface QuitParams {
  /** Passed to the opener's openModal/openSlidePanel result. */
  message?: string;
}

/** biz.navigation.setTitle */
export interface SetTitleParams {
  title: string;
  /** 副标题 (mobile). */
  subTitle?: string;
}

/** biz.navigation.setLeft — the left button of the navigation bar (on PC only inside a slide panel). */
export interface SetLeftParams {
  /** 显示文本; an empty string shows the default. */
  text: string;
  /**
   * Mobile: `true` takes over the button's clicks (the client then stops going back by itself).
   * @default false
   */
  control?: boolean;
  /** Android: `true` as well as `control` to take over the back button there too. */
  android?: boolean;
}

/** `{ format, value }` of biz.ding.post's reminder time, e.g. `{ format: 'yyyy-MM-dd HH:mm', value: '2015-05-09 08:00' }`. */
export interface DingAlertDate {
  format: string;
  value: string;
}

interface DingPostBase {
  /** 用户列表，工号; at least one. */
  users: string[];
  corpId: string;
  /** 0: phone call, 1: SMS, 2: in-app. */
  alertType: 0 | 1 | 2;
  alertDate: DingAlertDate;
  /** 消息体. */
  text: string;
}
/** biz.ding.post with an image (type 1). Only the first image is used. */
export interface DingPostImageParams extends DingPostBase {
  type: 1;
  attachment: { images: string[] };
}
/** biz.ding.post with a link card (type 2). */
export interface DingPostLinkParams extends DingPostBase {
  type: 2;
  attachment: {
    title: string;
    url: string;
    image?: string;
    text?: string;
  };
}
/** biz.ding.post params: an image DING (type 1) or a link DING (type 2). */
export type DingPostParams = DingPostImageParams | DingPostLinkParams;

/** A person as DingTalk's pickers return them. */
export interface ContactUser {
  name: string;
  /** 头像图片url; may be empty. */
  avatar: string;
  /** 工号 (userid). */
  emplId: string;
}

/** biz.contact.choose */
export interface ContactChooseParams {
  /** @default true */
  multiple?: boolean;
  /** Preselected userids; they are part of the result. */
  users?: string[];
  corpId: string;
  /** 1 to 1500; only with `multiple`. */
  max?: number;
}
/** The people chosen in a contact picker. */
export type ContactChooseResult = ContactUser[];

/** biz.customContact.choose */
export interface CustomContactChooseParams {
  title?: string;
  /** The userids to choose from. */
  users: string[];
  corpId: string;
  /** @default false */
  isShowCompanyName?: boolean;
  /** Not selectable; drawn from `users`. */
  disabledUsers?: string[];
}

/** biz.customContact.multipleChoose */
export interface CustomContactMultipleChooseParams extends CustomContactChooseParams {
  /** Preselected; drawn from `users`. */
  selectedUsers?: string[];
  /** A positive integer. */
  max?: number;
}

/** The APIs of the PC reference with their params and results. */
export interface PcApiMap {
  'runtime.permission.requestAuthCode': { params: RequestAuthCodeParams; result: RequestAuthCodeResult };
  'device.notification.alert': { params: AlertParams; result: void };
  'device.notification.confirm': { params: ConfirmParams; result: ConfirmResult };
  'device.notification.prompt': { params: PromptParams; result: PromptResult };
  'device.notification.toast': { params: ToastParams; result: void };
  'device.notification.actionSheet': { params: ActionSheetParams; result: ActionSheetResult };
  'biz.util.open': { params: OpenPageParams; result: void };
  'biz.util.openModal': { params: OpenModalParams; result: QuitResult };
  'biz.util.openSlidePanel': { params: OpenSlidePanelParams; result: QuitResult };
  'biz.util.uploadImage': { params: UploadImageParams; result: UploadImageResult };
  // The reference shows `true`; clients answer `true`, `{}` or nothing. Success is the answer.
  'biz.util.downloadFile': { params: DownloadFileParams; result: void; progress: DownloadProgress };
  // The reference shows `true`, dingtalk-jsapi declares `{}`: success is the answer, as for downloadFile.
  'biz.util.openLocalFile': { params: OpenLocalFileParams; result: void };
  'biz.util.isLocalFileExist': { params: LocalFileExistParams; result: LocalFileExistResult };
  'biz.util.previewImage': { params: PreviewImageParams; result: void };
  'biz.util.openLink': { params: OpenLinkParams; result: void };
  'biz.navigation.quit': { params: QuitParams; result: void };
  'biz.navigation.setTitle': { params: SetTitleParams; result: void };
  'biz.navigation.setLeft': { params: SetLeftParams; result: void };
  'biz.ding.post': { params: DingPostParams; result: void };
  'biz.contact.choose': { params: ContactChooseParams; result: ContactChooseResult };
  'biz.customContact.choose': { params: CustomContactChooseParams; result: ContactChooseResult };
  'biz.customContact.multipleChoose': {
    params: CustomContactMultipleChooseParams;
    result: ContactChooseResult;
  };
}
