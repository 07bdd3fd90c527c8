import type { ApiName, Bridge } from '@dingkit/core';
import type { EmulatorHandler } from './emulator/types';

/**
 * Answers an emulated DingTalk container's calls with a mock bridge, so a page that uses
 * dingtalk-jsapi directly runs against the mock: its dialogs show in `MockDingTalkHost` (render
 * it with the same bridge), its scripts (`controller.respond`/`fail`) apply, and downloads report
 * progress to the page's `onProgress`.
 *
 * @example
 * const { bridge } = createMockBridge({ platform: 'pc' });
 * emulateDingTalk({ platform: 'pc', handle: mockEmulatorHandler(bridge) });
 * // render <MockDingTalkHost bridge={bridge} />, then load the app that imports dingtalk-jsapi
 */
export function mockEmulatorHandler(bridge: Bridge): EmulatorHandler {
  return (method, params, { platform, emit }) => {
    if (bridge.platform !== platform) {
      throw {
        errorMessage: `The emulator is ${platform} but the mock bridge behaves as ${bridge.platform}: create it with createMockBridge({ platform: '${platform}' }).`,
      };
    }
    // No timeout of its own: a real client never times a call out either.
    const answer = bridge.call(method as ApiName, params as never, {
      timeoutMs: 0,
      onProgress: (progress) => emit('progress', progress),
    });
    // The bridge resolves a finished download with nothing; the client answers `true`.
    return method === 'biz.util.downloadFile' ? answer.then(() => true) : answer;
  };
}
