import { deviceNotificationConfirm } from '@dingkit/core/apis/deviceNotificationConfirm';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `device.notification.confirm`: Asks a question with buttons; resolves with `{ buttonIndex }` of the clicked one. Pass `buttonLabels`: the client's defaults differ by version.
 * `const { run, data, error, status, isPending, reset } = useConfirm(defaults?)`.
 */
export const useConfirm: ApiHook<'device.notification.confirm'> = createApiHook(
  deviceNotificationConfirm,
  'useConfirm',
);
