// src/MobileRoutes.ios.emulator.test.tsx — the same app over the real dingtalk-jsapi in an
// emulated DingTalk for iOS, where the back button is the navigation bar's left button.
import { emulateDingTalk } from '@dingkit/mock/emulator';
import { waitFor } from '@testing-library/react';
import { afterAll, expect, it } from 'vitest';
import { walkBackThroughRoutes } from './walkBackThroughRoutes';

const dingtalk = emulateDingTalk({
  platform: 'ios',
  version: '7.0.10',
  handle: (method) => {
    if (method === 'biz.navigation.close' || method === 'biz.navigation.setLeft') return {};
    throw { errorCode: 9, errorMessage: `${method} is not scripted` };
  },
});
afterAll(() => dingtalk.uninstall());

const setLefts = () =>
  dingtalk.requests.filter((request) => request.method === 'biz.navigation.setLeft').map((r) => r.params);

it('goes back one route per tap on the left button, closes the page at the first, and gives the button back', async () => {
  // A tap on the left button the page took over: the client answers setLeft again. The package
  // hands it to the page a few promise steps later: settled by the next task.
  const { unmount } = await walkBackThroughRoutes(dingtalk, async () => {
    dingtalk.answerAgain('biz.navigation.setLeft');
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(setLefts()).toEqual([{ control: true, text: '', watch: true, show: true, showIcon: true }]);

  unmount();
  await waitFor(() => expect(setLefts()).toHaveLength(2));
  expect(setLefts()[1]).toMatchObject({ control: false, text: '' });
});
