import { deviceNotificationActionSheet } from '@dingkit/core/apis/deviceNotificationActionSheet';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `device.notification.actionSheet`: Offers a list of choices; resolves with `{ buttonIndex }`, `-1` for the cancel button.
 * `const { run, data, error, status, isPending, reset } = useActionSheet(defaults?)`.
 */
export const useActionSheet: ApiHook<'device.notification.actionSheet'> = createApiHook(
  deviceNotificationActionSheet,
  'useActionSheet',
);
