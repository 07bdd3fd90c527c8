import { deviceNotificationAlert } from '@dingkit/core/apis/deviceNotificationAlert';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `device.notification.alert`: Shows an alert with one button; resolves when it is closed.
 * `const { run, data, error, status, isPending, reset } = useAlert(defaults?)`.
 */
export const useAlert: ApiHook<'device.notification.alert'> = createApiHook(
  deviceNotificationAlert,
  'useAlert',
);
