// The hook table (see apiHooks.ts): dialogs and feedback.
import { deviceNotificationActionSheet } from '@dingkit/core/apis/deviceNotificationActionSheet';
import { deviceNotificationAlert } from '@dingkit/core/apis/deviceNotificationAlert';
import { deviceNotificationConfirm } from '@dingkit/core/apis/deviceNotificationConfirm';
import { deviceNotificationPrompt } from '@dingkit/core/apis/deviceNotificationPrompt';
import { deviceNotificationToast } from '@dingkit/core/apis/deviceNotificationToast';
import { deviceNotificationVibrate } from '@dingkit/core/apis/deviceNotificationVibrate';
import { type ApiHook, createApiHook } from '../createApiHook';

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
