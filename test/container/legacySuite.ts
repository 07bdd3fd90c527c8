import { type Bridge, DingTalkError, detectBridge } from '@dingkit/core';
import {
  type EmulatedConfigOutcome,
  type EmulatedDingTalk,
  type EmulatedRequest,
  type EmulatorHandler,
  emulateDingTalk,
} from '@dingkit/mock/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseOf, pcCases, signedConfig } from './pcCases';
import { watchUnhandledRejections } from './watchUnhandledRejections';

const unexpected: EmulatorHandler = (method) => {
  throw { errorCode: 'TEST', errorMessage: `unexpected call to ${method}` };
};
/**
 * The legacy `DingTalkPC` adapter picked by `detectBridge` in an emulated PC client whose page
 * loads the old PC script. `loadedPackageFiles` lists what of dingtalk-jsapi the page loaded.
 */
export function legacyPcSuite(loadedPackageFiles: () => string[]): void {
  let handler: EmulatorHandler = unexpected;
  let config: EmulatedConfigOutcome | ((params: Record<string, unknown>) => EmulatedConfigOutcome) = {
    status: 'ready',
  };
  let rejections: ReturnType<typeof watchUnhandledRejections>;
  let emulator: EmulatedDingTalk;
  let bridge: Bridge;
  beforeAll(() => {
    rejections = watchUnhandledRejections();
    // A page that loads the old PC script: the `DingTalkPC` global, inside the PC client.
    emulator = emulateDingTalk({
      platform: 'pc',
      version: '4.6.0',
      legacyPcGlobal: true,
      handle: (method, params, context) => handler(method, params, context),
      config: (params) => (typeof config === 'function' ? config(params) : config),
    });
    bridge = detectBridge();
  });
  afterAll(() => {
    emulator.uninstall();
    rejections.stop();
  });

  let seen = 0;
  const newRequests = (): EmulatedRequest[] => emulator.requests.slice(seen);
  beforeEach(() => {
    handler = unexpected;
    config = { status: 'ready' };
    seen = emulator.requests.length;
  });

  it('detectBridge picks the legacy global and leaves dingtalk-jsapi unloaded', async () => {
    // The version comes with the adapter, which the first use loads.
    expect([bridge.platform, bridge.version]).toEqual(['pc', undefined]);
    bridge.on('leftBtnClick', () => {})();
    await expect.poll(() => bridge.version).toBe('4.6.0');
    expect(loadedPackageFiles()).toEqual([]);
  });

  describe('config', () => {
    it('resolves with what DingTalkPC.ready reports', async () => {
      config = {
        status: 'ready',
        authorizedAPIList: ['device.notification.confirm'],
        unauthorizedAPIList: [''],
      };
      await expect(bridge.config(signedConfig)).resolves.toEqual({
        authorizedAPIList: ['device.notification.confirm'],
        unauthorizedAPIList: [],
      });
      expect(newRequests()).toEqual([{ method: 'config', params: signedConfig }]);
    });

    it('rejects CONFIG_FAILED with what DingTalkPC.error reports, and signs again when asked', async () => {
      config = (params) =>
        params.signature === 'fresh'
          ? { status: 'ready' }
          : { status: 'error', errorCode: 1001, errorMessage: '签名错误' };
      await expect(bridge.config({ ...signedConfig, signature: 'stale' })).rejects.toMatchObject({
        code: 'CONFIG_FAILED',
        errorCode: 1001,
        platformMessage: '签名错误',
      });
      await expect(bridge.config({ ...signedConfig, signature: 'fresh' })).resolves.toEqual({
        authorizedAPIList: signedConfig.jsApiList,
        unauthorizedAPIList: [],
      });
    });
  });

  describe.each(pcCases)('$api', ({ api, params, result }) => {
    it('calls DingTalkPC and resolves with onSuccess', async () => {
      handler = (method) => (method === api ? result : unexpected(method, {}, {} as never));
      await expect(bridge.call(api, params as never)).resolves.toEqual(result);
      expect(newRequests()).toMatchObject([{ method: api, params }]);
    });

    it('rejects API_FAILED with what onFail reports', async () => {
      handler = () => {
        throw { errorCode: 400, errorMessage: '参数错误' };
      };
      const error = await bridge.call(api, params as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DingTalkError);
      expect(error).toMatchObject({ code: 'API_FAILED', api, errorCode: 400, platformMessage: '参数错误' });
    });
  });

  it('reports download progress through onProgress', async () => {
    handler = (_method, _params, { emit }) => {
      emit('progress', 0.25);
      return true;
    };
    const progress = vi.fn();
    await bridge.call('biz.util.downloadFile', caseOf('biz.util.downloadFile').params as never, {
      onProgress: progress,
    });
    expect(progress.mock.calls).toEqual([[{ percent: 25 }]]);
  });

  it('delivers leftBtnClick from DingTalkPC.addEventListener', async () => {
    const clicks = vi.fn();
    const off = bridge.on('leftBtnClick', clicks);
    expect(emulator.emit('leftBtnClick')).toBe(true);
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    off();
    expect(emulator.emit('leftBtnClick')).toBe(false);
  });

  it('rejects UNSUPPORTED for an API the legacy script does not have', async () => {
    await expect(
      bridge.call('biz.contact.complexPicker', { corpId: signedConfig.corpId } as never),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      api: 'biz.contact.complexPicker',
    });
  });

  it('leaves no unhandled rejections behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(rejections.reasons).toEqual([]);
  });
}
