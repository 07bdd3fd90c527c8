import { createJsapiBridge, DingTalkError, detectPlatform } from '@dingkit/core';
import type { EmulatedRequest } from '@dingkit/mock/emulator';
import { describe, expect, it, vi } from 'vitest';
import { caseOf, namespaced, pcCases, perApiFunction, signedConfig } from './pcCases';
import { setUpContainer, unexpected } from './setUpContainer';

/**
 * The dingtalk-jsapi adapter in an emulated PC client, against the real package. Shared by the
 * jsdom and the Chromium runs.
 */
export function pcContainerSuite(): void {
  const container = setUpContainer({ platform: 'pc', version: '7.0.10' }, () => createJsapiBridge());

  describe('detection', () => {
    it('agrees with dingtalk-jsapi on platform and version', async () => {
      const { getENV } = await import('dingtalk-jsapi/lib/env.js');
      const env = getENV();
      expect(env.platform).toBe('pc');
      expect(detectPlatform()).toEqual({ platform: env.platform, version: env.version });
      expect(container.bridge.platform).toBe('pc');
      expect(container.bridge.version).toBe('7.0.10');
    });
  });

  describe('config', () => {
    it('resolves with the authorised and unauthorised lists the client reports', async () => {
      container.config = {
        status: 'ready',
        authorizedAPIList: ['device.notification.confirm', 'biz.contact.choose'],
        unauthorizedAPIList: ['biz.ding.post'],
      };
      await expect(container.bridge.config(signedConfig)).resolves.toEqual({
        authorizedAPIList: ['device.notification.confirm', 'biz.contact.choose'],
        unauthorizedAPIList: ['biz.ding.post'],
      });
      const [sent] = container.newRequests();
      expect(sent?.method).toBe('config');
      // The package adds the page URL without its hash, the one that was signed.
      expect(sent?.params).toEqual({ ...signedConfig, url: location.href.split('#')[0] });
      await expect(
        container.bridge.call('biz.ding.post', caseOf('biz.ding.post').params as never),
      ).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        api: 'biz.ding.post',
      });
      expect(container.newRequests()).toHaveLength(1);
    });

    it('rejects CONFIG_FAILED with the errorCode and message of the client', async () => {
      container.config = { status: 'error', errorCode: 52013, errorMessage: '签名校验失败' };
      const error = await container.bridge.config(signedConfig).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DingTalkError);
      expect(error).toMatchObject({
        code: 'CONFIG_FAILED',
        api: 'config',
        errorCode: 52013,
        platformMessage: '签名校验失败',
      });
    });

    it('signs again every time it is called (after a client-side navigation)', async () => {
      let attempts = 0;
      container.config = (params) => {
        attempts += 1;
        return params.signature === 'fresh'
          ? { status: 'ready', unauthorizedAPIList: [] }
          : { status: 'error', errorCode: 3, errorMessage: 'signature expired' };
      };
      await expect(container.bridge.config({ ...signedConfig, signature: 'stale' })).rejects.toMatchObject({
        code: 'CONFIG_FAILED',
        errorCode: 3,
      });
      await expect(container.bridge.config({ ...signedConfig, signature: 'fresh' })).resolves.toEqual({
        authorizedAPIList: signedConfig.jsApiList,
        unauthorizedAPIList: [],
      });
      await expect(
        container.bridge.config({ ...signedConfig, signature: 'fresh', jsApiList: ['biz.util.openLink'] }),
      ).resolves.toEqual({ authorizedAPIList: ['biz.util.openLink'], unauthorizedAPIList: [] });
      expect(attempts).toBe(3);
      expect(container.newRequests().map((r) => [r.method, r.params.signature])).toEqual([
        ['config', 'stale'],
        ['config', 'fresh'],
        ['config', 'fresh'],
      ]);
    });
  });

  describe.each(pcCases)('$api', ({ api, params, result, answer }) => {
    it('resolves with what the client answers', async () => {
      container.handler = (method) => (method === api ? answer : unexpected(method, {}, {} as never));
      await expect(container.bridge.call(api, params as never)).resolves.toEqual(result);
      const [sent, ...more] = container.newRequests();
      expect(more).toEqual([]);
      expect(sent?.method).toBe(api);
      expect(sent?.params).toMatchObject(params as Record<string, unknown>);
    });

    it('rejects API_FAILED with the errorCode and message of the client', async () => {
      container.handler = () => {
        throw { errorCode: 9, errorMessage: '服务异常' };
      };
      const error = await container.bridge.call(api, params as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DingTalkError);
      expect(error).toMatchObject({ code: 'API_FAILED', api, errorCode: 9, platformMessage: '服务异常' });
    });
  });

  describe('details', () => {
    it('sends explicit OK-first buttonLabels when a confirm names none', async () => {
      container.handler = () => ({ buttonIndex: 0 });
      await container.bridge.call('device.notification.confirm', { message: '删除这条记录？' });
      expect(container.newRequests()[0]?.params).toEqual({
        message: '删除这条记录？',
        buttonLabels: ['确定', '取消'],
      });
    });

    it('reports download progress from the client’s event messages, and 100% when done', async () => {
      container.handler = async (_method, _params, { emit }) => {
        emit('progress', { percent: 30 });
        emit('progress', { loaded: 341, total: 1024 });
        return true;
      };
      const progress = vi.fn();
      await expect(
        container.bridge.call('biz.util.downloadFile', caseOf('biz.util.downloadFile').params as never, {
          onProgress: progress,
        }),
      ).resolves.toBeUndefined();
      expect(progress.mock.calls).toEqual([
        [{ percent: 30 }],
        [{ percent: 33, loaded: 341, total: 1024 }],
        [{ percent: 100, loaded: 1024, total: 1024 }],
      ]);
      // The callback itself never crosses the bridge.
      expect(container.newRequests()[0]?.params).toEqual(caseOf('biz.util.downloadFile').params);
    });

    it('delivers leftBtnClick to listeners until they unsubscribe', async () => {
      container.handler = () => undefined;
      const clicks = vi.fn();
      const off = container.bridge.on('leftBtnClick', clicks);
      await container.bridge.call('biz.navigation.setLeft', { text: '返回' });
      await vi.waitFor(() => expect(container.emulator.emit('leftBtnClick')).toBe(true));
      await vi.waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
      off();
      container.emulator.emit('leftBtnClick');
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(clicks).toHaveBeenCalledTimes(1);
    });

    it('rejects ABORTED at once when the signal fires, while the dialog is still open', async () => {
      container.handler = () => new Promise(() => {});
      const controller = new AbortController();
      const pending = container.bridge.call(
        'device.notification.confirm',
        { message: '继续？', buttonLabels: ['继续', '取消'] },
        { signal: controller.signal },
      );
      controller.abort();
      await expect(pending).rejects.toMatchObject({ code: 'ABORTED', api: 'device.notification.confirm' });
    });

    it('rejects TIMEOUT when the client never answers', async () => {
      container.handler = () => new Promise(() => {});
      await expect(
        container.bridge.call('biz.navigation.setTitle', { title: '标题' }, { timeoutMs: 50 }),
      ).rejects.toMatchObject({
        code: 'TIMEOUT',
        details: { timeoutMs: 50 },
      });
    });
  });

  describe('compared with dingtalk-jsapi used directly', () => {
    const viaAdapter: EmulatedRequest[] = [];

    it('sends exactly what the package’s per-API modules send', async () => {
      container.handler = (method) => caseOf(method as never).answer;
      for (const { api, params } of pcCases) {
        const from = container.emulator.requests.length;
        await container.bridge.call(api, params as never);
        viaAdapter.push(...container.emulator.requests.slice(from));
      }
      const direct: EmulatedRequest[] = [];
      for (const { api, params, answer } of pcCases) {
        const call = await perApiFunction(api);
        const from = container.emulator.requests.length;
        await expect(call({ ...params })).resolves.toEqual(answer);
        direct.push(...container.emulator.requests.slice(from));
      }
      expect(viaAdapter).toEqual(direct);
    });

    it('differs from the whole package only where its union modules re-register APIs', async () => {
      container.handler = (method) => caseOf(method as never).answer;
      const dd = await import('dingtalk-jsapi');
      const direct: EmulatedRequest[] = [];
      for (const { api, params, answer } of pcCases) {
        const from = container.emulator.requests.length;
        // union/showActionSheet adds `index` to actionSheet's result.
        const expected =
          api === 'device.notification.actionSheet' ? { ...(answer as object), index: -1 } : answer;
        await expect(namespaced(dd, api)({ ...params })).resolves.toEqual(expected);
        direct.push(...container.emulator.requests.slice(from));
      }
      // union/getAuthCode re-registers requestAuthCode without the page URL the PC module adds.
      const { url: _url, ...authCodeParams } = viaAdapter[0]!.params;
      expect(direct).toEqual([{ ...viaAdapter[0], params: authCodeParams }, ...viaAdapter.slice(1)]);
    });
  });

  it('leaves no unhandled rejections behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(container.unhandledRejections).toEqual([]);
  });
}
