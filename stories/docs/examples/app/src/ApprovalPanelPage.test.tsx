import { renderWithDingTalk } from '@dingkit/mock/testing';
import { act, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { ApprovalPanelPage } from './ApprovalPanelPage';

it('sets the left button, goes back on its click, and quits with the decision', async () => {
  const { controller, user } = renderWithDingTalk(<ApprovalPanelPage firstId={3} />);
  const lastOf = (api: string) => controller.calls.filter((call) => call.api === api).at(-1)?.params;

  await waitFor(() => expect(lastOf('biz.navigation.setLeft')).toEqual({ text: '上一条' }));
  expect(lastOf('biz.navigation.setTitle')).toEqual({ title: '审批详情 #3' });

  // DingTalk reports a click on the panel's left button as the leftBtnClick event.
  act(() => controller.emit('leftBtnClick'));
  expect(await screen.findByText('审批 #2：王芳的请假申请，年假 2 天。')).toBeTruthy();
  await waitFor(() => expect(lastOf('biz.navigation.setTitle')).toEqual({ title: '审批详情 #2' }));

  await user.click(screen.getByRole('button', { name: '同意' }));
  await waitFor(() => expect(lastOf('biz.navigation.quit')).toEqual({ message: 'approved #2' }));
});
