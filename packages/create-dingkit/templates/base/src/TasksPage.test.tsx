import { chooseContacts, confirm, renderWithDingTalk } from '@dingkit/mock/testing';
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { TasksPage } from './TasksPage';

// renderWithDingTalk renders in StrictMode inside a mocked DingTalk (a signed handshake, the
// dialogs drawn as DingTalk draws them); confirm() and chooseContacts() answer them as a person.

it('completes a task once the person confirms in DingTalk’s dialog', async () => {
  const { user } = renderWithDingTalk(<TasksPage />);
  expect(screen.getByText('2 项未完成')).toBeTruthy();

  await user.click(screen.getByRole('button', { name: /整理第三季度报销单/ }));
  await user.click(screen.getByRole('button', { name: '完成' }));
  expect(await screen.findByRole('dialog', { name: '完成任务' })).toBeTruthy();
  await confirm('完成');

  expect(await screen.findByText('任务已完成')).toBeTruthy();
  expect(screen.getByText('1 项未完成')).toBeTruthy();
  expect(screen.queryByRole('button', { name: '完成' })).toBeNull();
});

it('keeps the task open when the person cancels', async () => {
  const { user, controller } = renderWithDingTalk(<TasksPage />);

  await user.click(screen.getByRole('button', { name: /整理第三季度报销单/ }));
  await user.click(screen.getByRole('button', { name: '完成' }));
  await confirm('取消');

  expect(screen.getByText('2 项未完成')).toBeTruthy();
  expect(screen.getByRole('button', { name: '完成' })).toBeTruthy();
  expect(controller.calls.map((call) => call.api)).not.toContain('device.notification.toast');
});

it('hands the task to a colleague chosen in DingTalk’s picker', async () => {
  const { user } = renderWithDingTalk(<TasksPage />);

  await user.click(screen.getByRole('button', { name: /准备新人入职材料/ }));
  await user.click(await screen.findByRole('button', { name: '转交' }));
  await chooseContacts(['黄婷']);

  expect(screen.getByText(/负责人：黄婷/)).toBeTruthy();
});

it('does not offer the picker when the handshake is not signed', async () => {
  const { user } = renderWithDingTalk(<TasksPage />, { handshake: 'none' });

  await user.click(screen.getByRole('button', { name: /准备新人入职材料/ }));
  await user.click(screen.getByRole('button', { name: '完成' }));
  // The dialog opens, so the handshake is over: the picker needs a signed one.
  await confirm('取消');

  expect(screen.queryByRole('button', { name: '转交' })).toBeNull();
});
