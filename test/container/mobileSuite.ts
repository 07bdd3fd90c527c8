import { createJsapiBridge, DingTalkError, detectPlatform, isSupported } from '@dingkit/core';
import type { EmulatedRequest } from '@dingkit/mock/emulator';
import { describe, expect, it, vi } from 'vitest';
import { caseOf, namespaced, pcCases, perApiFunction, signedConfig } from './pcCases';
import { setUpContainer, unexpected } from './setUpContainer';

/**
 * The dingtalk-jsapi adapter in an emulated iOS, Android or HarmonyOS client, against the real
 * package.
 * Shared by the jsdom and the Chromium runs.
 */
export function mobileContainerSuite(platform: 'ios' | 'android' | 'harmony'): void {
  // The APIs of the PC reference this platform offers too, by the catalog.
  const mobileCases = pcCases.filter((c) => isSupported(c.api, platform, '7.0.0'));
  const container = setUpContainer({ platform, version: '7.0.0' }, () => createJsapiBridge());

  it('is detected as dingtalk-jsapi detects it', async () => {
    const { getENV } = await import('dingtalk-jsapi/lib/env.js');
    const env = getENV();
    expect(env.platform).toBe(platform);
    expect(detectPlatform()).toEqual({ platform: env.platform, version: env.version });
    expect([container.bridge.platform, container.bridge.version]).toEqual([platform, '7.0.0']);
  });

  describe('config', () => {
    it('asks runtime.permission.requestJsApis and resolves with the lists', async () => {
      container.config = { status: 'ready', unauthorizedAPIList: ['biz.ding.post'] };
      await expect(container.bridge.config(signedConfig)).resolves.toEqual({
        authorizedAPIList: ['device.notification.confirm', 'biz.contact.choose'],
        unauthorizedAPIList: ['biz.ding.post'],
      });
      expect(container.newRequests()).toEqual([
        { method: 'runtime.permission.requestJsApis', params: signedConfig },
      ]);
    });

    it('rejects CONFIG_FAILED with the errorCode of the client, and signs again when asked', async () => {
      container.config = (params) =>
        params.signature === 'fresh'
          ? { status: 'ready' }
          : { status: 'error', errorCode: '52013', errorMessage: 'signature mismatch' };
      await expect(container.bridge.config({ ...signedConfig, signature: 'stale' })).rejects.toMatchObject({
        code: 'CONFIG_FAILED',
        errorCode: '52013',
        platformMessage: 'signature mismatch',
      });
      await expect(container.bridge.config({ ...signedConfig, signature: 'fresh' })).resolves.toMatchObject({
        unauthorizedAPIList: [],
      });
    });
  });

  describe.each(mobileCases)('$api', ({ api, params, result, answer }) => {
    it('resolves with what the client answers', async () => {
      container.handler = (method) => (method === api ? answer : unexpected(method, {}, {} as never));
      await expect(container.bridge.call(api, params as never)).resolves.toEqual(result);
      expect(container.newRequests()).toMatchObject([{ method: api, params }]);
    });

    it('rejects API_FAILED with the errorCode and message of the client', async () => {
      container.handler = () => {
        throw { errorCode: '9', errorMessage: '服务异常' };
      };
      const error = await container.bridge.call(api, params as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DingTalkError);
      expect(error).toMatchObject({ code: 'API_FAILED', api, errorCode: '9', platformMessage: '服务异常' });
    });
  });

  describe('details', () => {
    it.each(['-1', -1])('rejects CANCELLED when the person cancels (errorCode %j)', async (errorCode) => {
      container.handler = () => {
        throw { errorCode, errorMessage: '用户取消' };
      };
      await expect(
        container.bridge.call('biz.customContact.choose', caseOf('biz.customContact.choose').params as never),
      ).rejects.toMatchObject({ code: 'CANCELLED', api: 'biz.customContact.choose', errorCode });
    });

    it('rejects ABORTED at once when the signal fires', async () => {
      container.handler = () => new Promise(() => {});
      const controller = new AbortController();
      const pending = container.bridge.call(
        'device.notification.alert',
        { message: '稍等' },
        { signal: controller.signal },
      );
      controller.abort();
      await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    });

    it('calls a newer name as the legacy API it calls, answering as the newer name declares', async () => {
      container.handler = (method) =>
        method === 'device.connection.getNetworkType'
          ? { result: 'wifi' }
          : unexpected(method, {}, {} as never);
      await expect(container.bridge.call('getNetworkType', {})).resolves.toEqual({
        networkType: 'wifi',
        networkAvailable: true,
      });
      expect(container.newRequests()).toEqual([{ method: 'device.connection.getNetworkType', params: {} }]);
    });

    it('hands each later answer (a tap on a menu item) to onRepeat, until the signal aborts', async () => {
      container.handler = (method) =>
        method === 'biz.navigation.setMenu' ? {} : unexpected(method, {}, {} as never);
      const controller = new AbortController();
      const tapped: string[] = [];
      const items = [{ id: 'share', text: '分享' }];
      await expect(
        container.bridge.call(
          'biz.navigation.setMenu',
          { items },
          { signal: controller.signal, onRepeat: ({ id }) => tapped.push(id) },
        ),
      ).resolves.toEqual({});
      // `watch` is what makes the iOS bridge register the handler the client calls again.
      expect(container.newRequests()).toEqual([
        { method: 'biz.navigation.setMenu', params: { items, watch: true } },
      ]);
      expect(tapped).toEqual([]);
      expect(container.emulator.answerAgain('biz.navigation.setMenu', { id: 'share' })).toBe(true);
      await vi.waitFor(() => expect(tapped).toEqual(['share']));
      container.emulator.answerAgain('biz.navigation.setMenu', { id: 'share' });
      await vi.waitFor(() => expect(tapped).toEqual(['share', 'share']));

      // After the abort the taps reach the next call's listener only.
      controller.abort();
      const next: string[] = [];
      await container.bridge.call(
        'biz.navigation.setMenu',
        { items },
        { onRepeat: ({ id }) => next.push(id) },
      );
      container.emulator.answerAgain('biz.navigation.setMenu', { id: 'share' });
      await vi.waitFor(() => expect(next).toEqual(['share']));
      expect(tapped).toEqual(['share', 'share']);
    });

    it('delivers page events such as resume', async () => {
      const resumed = vi.fn();
      const off = container.bridge.on('resume', resumed);
      await vi.waitFor(() => {
        container.emulator.emit('resume');
        expect(resumed).toHaveBeenCalled();
      });
      off();
      const calls = resumed.mock.calls.length;
      container.emulator.emit('resume');
      expect(resumed).toHaveBeenCalledTimes(calls);
    });
  });

  describe('compared with dingtalk-jsapi used directly', () => {
    it('sends exactly what the package’s per-API modules send, defaults included', async () => {
      container.handler = (method) => caseOf(method as never).answer;
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
        const from = container.emulator.requests.length;
        await container.bridge.call(api as never, params as never);
        viaAdapter.push(...container.emulator.requests.slice(from));
      }
      const direct: EmulatedRequest[] = [];
      for (const [api, params] of calls) {
        const call = await perApiFunction(api);
        const from = container.emulator.requests.length;
        try {
          await call({ ...(params as Record<string, unknown>) });
        } catch (thrown) {
          // Per-API modules older than HarmonyOS refuse it (4050); its union module registers it.
          if (platform !== 'harmony' || (thrown as { errorCode?: unknown }).errorCode !== 4050) throw thrown;
          direct.push(viaAdapter[direct.length]!);
          continue;
        }
        direct.push(...container.emulator.requests.slice(from));
      }
      // On HarmonyOS the package's prompt module adds no buttonLabels; dingkit names them, OK first,
      // so that buttonIndex means the same on every client.
      const okFirst = (request: EmulatedRequest): EmulatedRequest =>
        platform === 'harmony' &&
        request.method === 'device.notification.prompt' &&
        !request.params.buttonLabels
          ? { ...request, params: { ...request.params, buttonLabels: ['确定', '取消'] } }
          : request;
      expect(viaAdapter).toEqual(direct.map(okFirst));
    });

    it('keeps buttonIndex meaning OK first, where the whole package would flip it', async () => {
      container.handler = () => ({ buttonIndex: 0 });
      await container.bridge.call('device.notification.confirm', { message: '提交？' });
      const dd = await import('dingtalk-jsapi');
      await namespaced(dd, 'device.notification.confirm')({ message: '提交？' });
      const [viaAdapter, direct] = container.newRequests();
      expect(viaAdapter?.params.buttonLabels).toEqual(['确定', '取消']);
      // union/confirm re-registers confirm with Cancel-first defaults: index 0 would mean cancel.
      expect(direct?.params.buttonLabels).toEqual(['取消', '确定']);
    });
  });

  it('leaves no unhandled rejections behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(container.unhandledRejections).toEqual([]);
  });
}
