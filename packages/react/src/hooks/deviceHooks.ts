// The hook table (see apiHooks.ts): scan, share, the pickers and the device.
import { bizUtilChooseImage } from '@dingkit/core/apis/bizUtilChooseImage';
import { bizUtilDatepicker } from '@dingkit/core/apis/bizUtilDatepicker';
import { bizUtilDatetimepicker } from '@dingkit/core/apis/bizUtilDatetimepicker';
import { bizUtilScan } from '@dingkit/core/apis/bizUtilScan';
import { bizUtilShare } from '@dingkit/core/apis/bizUtilShare';
import { bizUtilTimepicker } from '@dingkit/core/apis/bizUtilTimepicker';
import { deviceConnectionGetNetworkType } from '@dingkit/core/apis/deviceConnectionGetNetworkType';
import { deviceGeolocationGet } from '@dingkit/core/apis/deviceGeolocationGet';
import { getSystemInfo } from '@dingkit/core/apis/getSystemInfo';
import { type ApiHook, createApiHook } from '../createApiHook';

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
