// src/MobileRoutes.emulator.test.tsx — the real dingtalk-jsapi in an emulated DingTalk for Android:
// the back button pops the app's routes, then closes the page; the page is configured once.
import { emulateDingTalk } from '@dingkit/mock/emulator';
import { afterAll, it } from 'vitest';
import { walkBackThroughRoutes } from './walkBackThroughRoutes';

// Installed before anything loads dingtalk-jsapi: the package reads its environment once.
const dingtalk = emulateDingTalk({
  platform: 'android',
  version: '7.0.10',
  handle: (method) => {
    if (method === 'biz.navigation.close') return {};
    throw { errorCode: 9, errorMessage: `${method} is not scripted` };
  },
});
afterAll(() => dingtalk.uninstall());

it('goes back one route per press of the back button, and closes the page at the first', async () => {
  // Android's back button: the `backbutton` event.
  await walkBackThroughRoutes(dingtalk, () => void dingtalk.emit('backbutton'));
});
