import { mockControllerOf } from '@dingkit/storybook';
import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MobileRoutes } from '../docs/examples/app/src/MobileRoutes';
import { surfaceContent } from '../layout/withSurface';

/** Android's back button walks back through the app's routes, then closes the page. */
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
