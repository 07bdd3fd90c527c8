import { deviceNotificationPrompt } from '@dingkit/core/apis/deviceNotificationPrompt';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `device.notification.prompt`: Asks for a line of text; resolves with `{ buttonIndex, value }`.
 * `const { run, data, error, status, isPending, reset } = usePrompt(defaults?)`.
 */
export const usePrompt: ApiHook<'device.notification.prompt'> = createApiHook(
  deviceNotificationPrompt,
  'usePrompt',
);
