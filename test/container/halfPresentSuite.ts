import { createJsapiBridge, detectPlatform } from '@dingkit/core';
import { type EmulatedDingTalk, emulateDingTalk } from '@dingkit/mock/emulator';
import { afterAll, beforeAll, expect, it } from 'vitest';

/**
 * A half-present container: the page looks like DingTalk but no bridge answers. On PC
 * (window.name has a containerId, no valid hostOrigin) dingtalk-jsapi never posts; on iOS (the
 * user agent without WebViewJavascriptBridge) it waits for the bridge's ready event forever. It
 * has no timeout of its own.
 */
export function halfPresentSuite(platform: 'pc' | 'ios' | 'android'): void {
  let emulator: EmulatedDingTalk;
  beforeAll(() => {
    emulator = emulateDingTalk({ platform, version: '7.0.10', bridge: false });
  });
  afterAll(() => emulator.uninstall());

  it(`is detected as ${platform} and rejects TIMEOUT with the timeout it waited`, async () => {
    expect(detectPlatform()).toEqual({ platform, version: '7.0.10' });
    const bridge = createJsapiBridge({ timeoutMs: 80 });
    await expect(bridge.call('biz.navigation.setTitle', { title: '标题' })).rejects.toMatchObject({
      code: 'TIMEOUT',
      api: 'biz.navigation.setTitle',
      details: { timeoutMs: 80 },
    });
    await expect(
      bridge.call('device.notification.toast', { text: '已保存' }, { timeoutMs: 40 }),
    ).rejects.toMatchObject({ code: 'TIMEOUT', details: { timeoutMs: 40 } });
    expect(emulator.requests).toEqual([]);
  });
}
