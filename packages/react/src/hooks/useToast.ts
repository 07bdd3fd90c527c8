import { deviceNotificationToast } from '@dingkit/core/apis/deviceNotificationToast';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `device.notification.toast`: Shows a toast (`type`, `text`, `duration` 2–5 s, `delay` 0–10 s).
 * `const { run, data, error, status, isPending, reset } = useToast(defaults?)`.
 */
export const useToast: ApiHook<'device.notification.toast'> = createApiHook(
  deviceNotificationToast,
  'useToast',
);
