// The client before its deferred chunk has arrived (here: never): what the first load does alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceNotificationToast } from './catalog/apis/deviceNotificationToast';
import { createBridge } from './createBridge';
import { DingTalkClient } from './DingTalkClient';
import type { Transport } from './types';

vi.mock('./deferred', () => new Promise(() => {}));

const signature = { agentId: '1', corpId: 'ding-corp', timeStamp: 1, nonceStr: 'n', signature: 's' };

function setup() {
  const transport: Transport = {
    platform: 'pc',
    config: () => new Promise<never>(() => {}),
    invoke: vi.fn(() => new Promise(() => {})),
    on: () => () => {},
  };
  const getSignature = vi.fn(async (_url: string) => signature);
  const client = new DingTalkClient({ bridge: createBridge(transport), getSignature });
  return { client, getSignature, transport };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DingTalkClient before its session has loaded', () => {
  it('asks for the signature at once and is configuring, one request however often it starts', () => {
    vi.stubGlobal('location', { href: 'https://app.example.com/home#/list' });
    const { client, getSignature } = setup();
    client.start();
    client.start();
    expect(getSignature).toHaveBeenCalledTimes(1);
    expect(getSignature).toHaveBeenCalledWith('https://app.example.com/home');
    expect(client.getState().status).toBe('configuring');
  });

  it('settles a call aborted while it waits for the session: ABORTED at once', async () => {
    const { client, transport } = setup();
    const controller = new AbortController();
    const call = client.call(deviceNotificationToast, { text: 'hi' }, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'ABORTED', api: 'device.notification.toast' });
    expect(transport.invoke).not.toHaveBeenCalled();
  });
});
