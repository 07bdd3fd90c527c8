// src/ApproveButton.test.tsx — jsdom + the mock bridge: answered as a person would, or by script.

import { cancel, confirm, renderWithDingTalk } from '@dingkit/mock/testing';
import { screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { ApproveButton } from './ApproveButton';

it('approves when the person picks 同意', async () => {
  const onApprove = vi.fn();
  const { controller, user } = renderWithDingTalk(<ApproveButton onApprove={onApprove} />);
  controller.respond('device.notification.confirm', { buttonIndex: 0 });

  await user.click(screen.getByRole('button', { name: '同意' }));

  await waitFor(() => expect(onApprove).toHaveBeenCalledTimes(1));
  const call = controller.calls.find((entry) => entry.api === 'device.notification.confirm');
  expect(call?.params).toEqual({
    title: '审批',
    message: '同意这条请假申请？',
    buttonLabels: ['同意', '取消'],
  });
});

it('does nothing on 取消, and says nothing when the dialog is dismissed', async () => {
  const onApprove = vi.fn();
  const { user } = renderWithDingTalk(<ApproveButton onApprove={onApprove} />);
  const button = screen.getByRole('button', { name: '同意' });

  await user.click(button);
  await confirm('取消');
  await user.click(button);
  await cancel();

  expect(onApprove).not.toHaveBeenCalled();
  expect(screen.queryByRole('alert')).toBeNull();
});

it('shows what went wrong when DingTalk fails', async () => {
  const { controller, user } = renderWithDingTalk(<ApproveButton onApprove={() => {}} />);
  controller.fail('device.notification.confirm', { errorCode: 9, errorMessage: '客户端异常' });

  await user.click(screen.getByRole('button', { name: '同意' }));

  expect((await screen.findByRole('alert')).textContent).toContain('客户端异常');
});

it('waits for a person: the button stays disabled until they answer', async () => {
  const onApprove = vi.fn();
  const { user } = renderWithDingTalk(<ApproveButton onApprove={onApprove} />);
  const button = screen.getByRole('button', { name: '同意' });

  await user.click(button);
  expect(await screen.findByRole('dialog', { name: '审批' })).toBeTruthy();
  expect(button).toHaveProperty('disabled', true);
  // The dialog's own 同意, as the person presses it.
  await confirm('同意');

  expect(onApprove).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('dialog')).toBeNull();
});
