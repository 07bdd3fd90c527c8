import { createDingTalkPCBridge, createJsapiBridge, detectBridge, detectPlatform } from '@dingkit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signedConfig } from './pcCases';

/**
 * A page outside DingTalk. `loadedPackageFiles` lists what of dingtalk-jsapi the page loaded.
 */
export function outsideSuite(loadedPackageFiles: () => string[]): void {
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('outside DingTalk (an ordinary browser)', () => {
    it('rejects NOT_IN_DINGTALK at once, without loading dingtalk-jsapi', async () => {
      vi.useFakeTimers();
      const bridge = createJsapiBridge();
      expect([bridge.platform, bridge.version]).toEqual(['notInDingTalk', undefined]);
      // No timer runs: the rejection does not wait for a timeout.
      await expect(bridge.call('device.notification.alert', { message: '你好' })).rejects.toMatchObject({
        code: 'NOT_IN_DINGTALK',
        api: 'device.notification.alert',
      });
      await expect(bridge.config(signedConfig)).rejects.toMatchObject({ code: 'NOT_IN_DINGTALK' });
      const off = bridge.on('leftBtnClick', () => {});
      off();
      expect(loadedPackageFiles()).toEqual([]);
    });

    it('detectBridge gives a working bridge that says so', async () => {
      const bridge = detectBridge();
      expect(bridge.platform).toBe('notInDingTalk');
      await expect(
        bridge.call('biz.util.openLink', { url: 'https://www.dingtalk.com' }),
      ).rejects.toMatchObject({
        code: 'NOT_IN_DINGTALK',
      });
    });

    it('the legacy adapter without a DingTalkPC global rejects NOT_IN_DINGTALK too', async () => {
      const bridge = createDingTalkPCBridge();
      expect(bridge.platform).toBe('notInDingTalk');
      await expect(bridge.call('device.notification.alert', { message: '你好' })).rejects.toMatchObject({
        code: 'NOT_IN_DINGTALK',
      });
    });

    it('agrees with dingtalk-jsapi, whose own calls reject with error 4040', async () => {
      const { getENV } = await import('dingtalk-jsapi/lib/env.js');
      expect(getENV().platform).toBe('notInDingTalk');
      expect(detectPlatform()).toEqual({ platform: 'notInDingTalk' });
      const dd = (await import('dingtalk-jsapi/entry/union.js')) as unknown as {
        default: { _invoke(method: string, params: object): Promise<unknown> };
      };
      // An Error with the code in its text, not a `{ errorCode }` body.
      const failure = await dd.default
        ._invoke('device.notification.alert', { message: '你好' })
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(Error);
      expect(String(failure)).toMatch(/4040/);
      // The check above can see a loaded package.
      expect(loadedPackageFiles().length).toBeGreaterThan(0);
    });
  });
}
