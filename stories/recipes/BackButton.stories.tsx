import { mockControllerOf } from '@dingkit/storybook';
import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MobileRoutes } from '../docs/examples/app/src/MobileRoutes';
import { surfaceContent } from '../layout/withSurface';

/** The back button (Android's back key, iOS's left button) walks back through the app's routes, then closes the page. */
export default {
  title: 'Recipes/返回键与路由',
  parameters: { dingtalk: { platform: 'android', surface: 'mobile' } },
} satisfies Meta;

/** Two routes in, three presses of the back button: two pops, then biz.navigation.close. */
export function BackThroughRoutes() {
  return <MobileRoutes />;
}
BackThroughRoutes.play = async ({ canvasElement, id }: { canvasElement: HTMLElement; id: string }) => {
  const canvas = within(surfaceContent(canvasElement));
  const controller = mockControllerOf(id);
  const closed = () => controller.calls.some((call) => call.api === 'biz.navigation.close');
  await userEvent.click(await canvas.findByRole('link', { name: '张伟的请假申请' }));
  await userEvent.click(await canvas.findByRole('link', { name: '评论' }));
  await canvas.findByRole('heading', { name: '评论' });
  controller.emit('backbutton');
  await canvas.findByRole('heading', { name: '审批 7' });
  controller.emit('backbutton');
  await canvas.findByRole('heading', { name: '审批' });
  await expect(closed()).toBe(false);
  controller.emit('backbutton');
  await waitFor(() => expect(closed()).toBe(true));
};

/**
 * iOS: the same app under the navigation bar (the mobile surface's title bar), whose left button
 * the page took over. Three taps on 返回: two pops, then biz.navigation.close.
 */
export function BackThroughRoutesOnIos() {
  return <MobileRoutes />;
}
BackThroughRoutesOnIos.parameters = { dingtalk: { platform: 'ios', surface: 'mobile' } };
BackThroughRoutesOnIos.play = async ({ canvasElement, id }: { canvasElement: HTMLElement; id: string }) => {
  const canvas = within(surfaceContent(canvasElement));
  const controller = mockControllerOf(id);
  const closed = () => controller.calls.some((call) => call.api === 'biz.navigation.close');
  const back = async () =>
    userEvent.click(
      within(await within(canvasElement).findByRole('navigation', { name: '导航栏' })).getByRole('button', {
        name: '返回',
      }),
    );
  await userEvent.click(await canvas.findByRole('link', { name: '张伟的请假申请' }));
  await userEvent.click(await canvas.findByRole('link', { name: '评论' }));
  await canvas.findByRole('heading', { name: '评论' });
  // The page has taken the left button over once the client answered its setLeft.
  await waitFor(() =>
    expect(
      controller.calls.some((call) => call.api === 'biz.navigation.setLeft' && call.status === 'resolved'),
    ).toBe(true),
  );
  await back();
  await canvas.findByRole('heading', { name: '审批 7' });
  await back();
  await canvas.findByRole('heading', { name: '审批', level: 1 });
  await expect(closed()).toBe(false);
  await back();
  await waitFor(() => expect(closed()).toBe(true));
};
