// src/ApproveButton.test.tsx — jsdom + the mock bridge, answered by script (no dialogs rendered).
import { screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { ApproveButton } from './ApproveButton';
import { renderWithDingTalk } from './renderWithDingTalk';

it('approves when the person picks 同意', async () => {
  const onApprove = vi.fn();
  const { controller, user } = renderWithDingTalk(<ApproveButton onApprove={onApprove} />);
  controller.respond('device.notification.confirm', { buttonIndex: 0 });

  await user.click(screen.getByRole('button', { name: '同意' }));

  await waitFor(() => expect(onApprove).toHaveBeenCalledTimes(1));
  const confirm = controller.calls.find((call) => call.api === 'device.notification.confirm');
  expect(confirm?.params).toEqual({
    title: '审批',
    message: '同意这条请假申请？',
    buttonLabels: ['同意', '取消'],
  });
});

it('does nothing on 取消, and says nothing when the dialog is dismissed', async () => {
  const onApprove = vi.fn();
  const { controller, user } = renderWithDingTalk(<ApproveButton onApprove={onApprove} />);
  const button = screen.getByRole('button', { name: '同意' });

  controller.respond('device.notification.confirm', { buttonIndex: 1 });
  await user.click(button);
  await waitFor(() => expect(controller.calls.at(-1)?.status).toBe('resolved'));

  controller.fail('device.notification.confirm', 'CANCELLED');
  await user.click(button);
  await waitFor(() => expect(controller.calls.at(-1)?.error?.code).toBe('CANCELLED'));

  expect(onApprove).not.toHaveBeenCalled();
  expect(screen.queryByRole('alert')).toBeNull();
});

it('shows what went wrong when DingTalk fails', async () => {
  const { controller, user } = renderWithDingTalk(<ApproveButton onApprove={() => {}} />);
  controller.fail('device.notification.confirm', { errorCode: 9, errorMessage: '客户端异常' });

  await user.click(screen.getByRole('button', { name: '同意' }));

  expect((await screen.findByRole('alert')).textContent).toContain('客户端异常');
});

it('waits for a person when no answer is scripted: answer the pending call yourself', async () => {
  const onApprove = vi.fn();
  const { controller, user } = renderWithDingTalk(<ApproveButton onApprove={onApprove} />);

  await user.click(screen.getByRole('button', { name: '同意' }));
  const pending = await controller.waitForPending('device.notification.confirm');
  expect(screen.getByRole('button', { name: '同意' })).toHaveProperty('disabled', true);
  pending.resolve({ buttonIndex: 0 });

  await waitFor(() => expect(onApprove).toHaveBeenCalledTimes(1));
});
