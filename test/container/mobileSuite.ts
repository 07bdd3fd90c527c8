import { type Bridge, createJsapiBridge, DingTalkError, detectPlatform, isSupported } from '@dingkit/core';
import {
  type EmulatedConfigOutcome,
  type EmulatedDingTalk,
  type EmulatedRequest,
  type EmulatorHandler,
  emulateDingTalk,
} from '@dingkit/mock/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseOf, namespaced, pcCases, perApiFunction, signedConfig } from './pcCases';
import { watchUnhandledRejections } from './watchUnhandledRejections';

const unexpected: EmulatorHandler = (method) => {
  throw { errorCode: 'TEST', errorMessage: `unexpected call to ${method}` };
};

/**
 * The dingtalk-jsapi adapter in an emulated iOS or Android client, against the real package.
 * Shared by the jsdom and the Chromium runs.
 */
export function mobileContainerSuite(platform: 'ios' | 'android'): void {
  // The APIs of the PC reference this platform offers too, by the catalog.
  const mobileCases = pcCases.filter((c) => isSupported(c.api, platform, '7.0.0'));
  let handler: EmulatorHandler = unexpected;
  let config: EmulatedConfigOutcome | ((params: Record<string, unknown>) => EmulatedConfigOutcome) = {
    status: 'ready',
  };
  let emulator: EmulatedDingTalk;
  let bridge: Bridge;
  let rejections: ReturnType<typeof watchUnhandledRejections>;
  let seen = 0;
  const newRequests = (): EmulatedRequest[] => emulator.requests.slice(seen);

  beforeAll(() => {
    rejections = watchUnhandledRejections();
    emulator = emulateDingTalk({
      platform,
      version: '7.0.0',
      handle: (method, params, context) => handler(method, params, context),
      config: (params) => (typeof config === 'function' ? config(params) : config),
    });
    bridge = createJsapiBridge();
  });
  beforeEach(() => {
    handler = unexpected;
    config = { status: 'ready' };
    seen = emulator.requests.length;
  });
  afterAll(() => {
    emulator.uninstall();
    rejections.stop();
  });

  it('is detected as dingtalk-jsapi detects it', async () => {
    const { getENV } = await import('dingtalk-jsapi/lib/env.js');
    const env = getENV();
    expect(env.platform).toBe(platform);
    expect(detectPlatform()).toEqual({ platform: env.platform, version: env.version });
    expect([bridge.platform, bridge.version]).toEqual([platform, '7.0.0']);
  });

  describe('config', () => {
    it('asks runtime.permission.requestJsApis and resolves with the lists', async () => {
      config = { status: 'ready', unauthorizedAPIList: ['biz.ding.post'] };
      await expect(bridge.config(signedConfig)).resolves.toEqual({
        authorizedAPIList: ['device.notification.confirm', 'biz.contact.choose'],
        unauthorizedAPIList: ['biz.ding.post'],
      });
      expect(newRequests()).toEqual([{ method: 'runtime.permission.requestJsApis', params: signedConfig }]);
    });

    it('rejects CONFIG_FAILED with the errorCode of the client, and signs again when asked', async () => {
      config = (params) =>
        params.signature === 'fresh'
          ? { status: 'ready' }
          : { status: 'error', errorCode: '52013', errorMessage: 'signature mismatch' };
      await expect(bridge.config({ ...signedConfig, signature: 'stale' })).rejects.toMatchObject({
        code: 'CONFIG_FAILED',
        errorCode: '52013',
        platformMessage: 'signature mismatch',
      });
      await expect(bridge.config({ ...signedConfig, signature: 'fresh' })).resolves.toMatchObject({
        unauthorizedAPIList: [],
      });
    });
  });

  describe.each(mobileCases)('$api', ({ api, params, result }) => {
    it('resolves with what the client answers', async () => {
      handler = (method) => (method === api ? result : unexpected(method, {}, {} as never));
      await expect(bridge.call(api, params as never)).resolves.toEqual(result);
      expect(newRequests()).toMatchObject([{ method: api, params }]);
    });

    it('rejects API_FAILED with the errorCode and message of the client', async () => {
      handler = () => {
        throw { errorCode: '9', errorMessage: '服务异常' };
      };
      const error = await bridge.call(api, params as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DingTalkError);
      expect(error).toMatchObject({ code: 'API_FAILED', api, errorCode: '9', platformMessage: '服务异常' });
    });
  });

  describe('details', () => {
    it.each(['-1', -1])('rejects CANCELLED when the person cancels (errorCode %j)', async (errorCode) => {
      handler = () => {
        throw { errorCode, errorMessage: '用户取消' };
      };
      await expect(
        bridge.call('biz.customContact.choose', caseOf('biz.customContact.choose').params as never),
      ).rejects.toMatchObject({ code: 'CANCELLED', api: 'biz.customContact.choose', errorCode });
    });

    it('rejects ABORTED at once when the signal fires', async () => {
      handler = () => new Promise(() => {});
      const controller = new AbortController();
      const pending = bridge.call(
        'device.notification.alert',
        { message: '稍等' },
        { signal: controller.signal },
      );
      controller.abort();
      await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    });

    it('delivers page events such as resume', async () => {
      const resumed = vi.fn();
      const off = bridge.on('resume', resumed);
      await vi.waitFor(() => {
        emulator.emit('resume');
        expect(resumed).toHaveBeenCalled();
      });
      off();
      const calls = resumed.mock.calls.length;
      emulator.emit('resume');
      expect(resumed).toHaveBeenCalledTimes(calls);
    });
  });

  describe('compared with dingtalk-jsapi used directly', () => {
    it('sends exactly what the package’s per-API modules send, defaults included', async () => {
      handler = (method) => caseOf(method as never).result;
      const bare: Record<string, Record<string, unknown>> = {
        'device.notification.alert': { message: '只有内容' },
        'device.notification.confirm': { message: '只有内容' },
        'device.notification.prompt': { message: '只有内容' },
        'biz.util.openLink': { url: 'https://www.dingtalk.com' },
        'device.notification.toast': { text: '只有文字' },
        'biz.customContact.choose': { users: ['0573'], corpId: signedConfig.corpId },
      };
      const calls = [...mobileCases.map((c) => [c.api, c.params] as const), ...Object.entries(bare)];
      const viaAdapter: EmulatedRequest[] = [];
      for (const [api, params] of calls) {
        seen = emulator.requests.length;
        await bridge.call(api as never, params as never);
        viaAdapter.push(...newRequests());
      }
      const direct: EmulatedRequest[] = [];
      for (const [api, params] of calls) {
        const call = await perApiFunction(api);
        seen = emulator.requests.length;
        await call({ ...(params as Record<string, unknown>) });
        direct.push(...newRequests());
      }
      expect(viaAdapter).toEqual(direct);
    });

    it('keeps buttonIndex meaning OK first, where the whole package would flip it', async () => {
      handler = () => ({ buttonIndex: 0 });
      seen = emulator.requests.length;
      await bridge.call('device.notification.confirm', { message: '提交？' });
      const dd = await import('dingtalk-jsapi');
      await namespaced(dd, 'device.notification.confirm')({ message: '提交？' });
      const [viaAdapter, direct] = newRequests();
      expect(viaAdapter?.params.buttonLabels).toEqual(['确定', '取消']);
      // union/confirm re-registers confirm with Cancel-first defaults: index 0 would mean cancel.
      expect(direct?.params.buttonLabels).toEqual(['取消', '确定']);
    });
  });

  it('leaves no unhandled rejections behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(rejections.reasons).toEqual([]);
  });
}
