// A page whose message tables cannot load (offline, a deploy that removed the chunk): calls still
// settle, with the short message.
import { describe, expect, it, vi } from 'vitest';
import { deviceNotificationToast } from './catalog/apis';
import { createBridge } from './createBridge';
import { DingTalkClient } from './DingTalkClient';
import type { Transport } from './types';

vi.mock('./messages/en', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});
vi.mock('./messages/zh-CN', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

const transport: Transport = {
  platform: 'pc',
  config: async () => ({ authorizedAPIList: [], unauthorizedAPIList: [] }),
  invoke: () => Promise.reject({ errorCode: 9, errorMessage: '参数错误' }),
  on: () => () => {},
};

describe('without message tables', () => {
  it('rejects with the short message, in every locale', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const client = new DingTalkClient({ bridge: createBridge(transport), locale });
      await expect(client.call(deviceNotificationToast, { text: 'hi', duration: 9 })).rejects.toMatchObject({
        code: 'INVALID_PARAMS',
        message: 'INVALID_PARAMS device.notification.toast duration',
      });
      await expect(client.call(deviceNotificationToast, { text: 'hi' })).rejects.toMatchObject({
        code: 'API_FAILED',
        errorCode: 9,
        message: 'API_FAILED device.notification.toast',
      });
    }
  });
});
