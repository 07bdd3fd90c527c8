import { DingTalkError, detectBridge } from '@dingkit/core';
import { describe, expect, it, vi } from 'vitest';
import { caseOf, pcCases, signedConfig } from './pcCases';
import { setUpContainer, unexpected } from './setUpContainer';

/**
 * The legacy `DingTalkPC` adapter picked by `detectBridge` in an emulated PC client whose page
 * loads the old PC script. `loadedPackageFiles` lists what of dingtalk-jsapi the page loaded.
 */
export function legacyPcSuite(loadedPackageFiles: () => string[]): void {
  // A page that loads the old PC script: the `DingTalkPC` global, inside the PC client.
  const container = setUpContainer({ platform: 'pc', version: '4.6.0', legacyPcGlobal: true }, () =>
    detectBridge(),
  );

  it('detectBridge picks the legacy global and leaves dingtalk-jsapi unloaded', async () => {
    // The host, with the version its client tells, is read when the bridge is created.
    expect([container.bridge.platform, container.bridge.version]).toEqual(['pc', '4.6.0']);
    container.bridge.on('leftBtnClick', () => {})();
    await container.bridge.config(signedConfig);
    expect(loadedPackageFiles()).toEqual([]);
  });

  describe('config', () => {
    it('resolves with what DingTalkPC.ready reports', async () => {
      container.config = {
        status: 'ready',
        authorizedAPIList: ['device.notification.confirm'],
        unauthorizedAPIList: [''],
      };
      await expect(container.bridge.config(signedConfig)).resolves.toEqual({
        authorizedAPIList: ['device.notification.confirm'],
        unauthorizedAPIList: [],
      });
      expect(container.newRequests()).toEqual([{ method: 'config', params: signedConfig }]);
    });

    it('rejects CONFIG_FAILED with what DingTalkPC.error reports, and signs again when asked', async () => {
      container.config = (params) =>
        params.signature === 'fresh'
          ? { status: 'ready' }
          : { status: 'error', errorCode: 1001, errorMessage: '签名错误' };
      await expect(container.bridge.config({ ...signedConfig, signature: 'stale' })).rejects.toMatchObject({
        code: 'CONFIG_FAILED',
        errorCode: 1001,
        platformMessage: '签名错误',
      });
      await expect(container.bridge.config({ ...signedConfig, signature: 'fresh' })).resolves.toEqual({
        authorizedAPIList: signedConfig.jsApiList,
        unauthorizedAPIList: [],
      });
    });
  });

  describe.each(pcCases)('$api', ({ api, params, result, answer }) => {
    it('calls DingTalkPC and resolves with onSuccess', async () => {
      container.handler = (method) => (method === api ? answer : unexpected(method, {}, {} as never));
      await expect(container.bridge.call(api, params as never)).resolves.toEqual(result);
      expect(container.newRequests()).toMatchObject([{ method: api, params }]);
    });

    it('rejects API_FAILED with what onFail reports', async () => {
      container.handler = () => {
        throw { errorCode: 400, errorMessage: '参数错误' };
      };
      const error = await container.bridge.call(api, params as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DingTalkError);
      expect(error).toMatchObject({ code: 'API_FAILED', api, errorCode: 400, platformMessage: '参数错误' });
    });
  });

  it('reports download progress through onProgress', async () => {
    container.handler = (_method, _params, { emit }) => {
      emit('progress', 0.25);
      return true;
    };
    const progress = vi.fn();
    await container.bridge.call('biz.util.downloadFile', caseOf('biz.util.downloadFile').params as never, {
      onProgress: progress,
    });
    expect(progress.mock.calls).toEqual([[{ percent: 25 }], [{ percent: 100 }]]);
  });

  it('delivers leftBtnClick from DingTalkPC.addEventListener', async () => {
    const clicks = vi.fn();
    const off = container.bridge.on('leftBtnClick', clicks);
    expect(container.emulator.emit('leftBtnClick')).toBe(true);
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    off();
    expect(container.emulator.emit('leftBtnClick')).toBe(false);
  });

  it('rejects UNSUPPORTED for an API the legacy script does not have', async () => {
    await expect(
      container.bridge.call('biz.contact.complexPicker', { corpId: signedConfig.corpId } as never),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      api: 'biz.contact.complexPicker',
    });
  });

  it('leaves no unhandled rejections behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(container.unhandledRejections).toEqual([]);
  });
}
