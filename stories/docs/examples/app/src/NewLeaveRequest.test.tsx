import { renderWithDingTalk } from '@dingkit/mock/testing';
import { screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { NewLeaveRequest } from './NewLeaveRequest';

it('opens the form in the large modal and takes the submitted request from its quit message', async () => {
  const onCreated = vi.fn();
  const { controller, user } = renderWithDingTalk(<NewLeaveRequest onCreated={onCreated} />);
  // What the page in the modal would pass to biz.navigation.quit.
  controller.respond('biz.util.openModal', { message: JSON.stringify({ reason: '回家', days: 2 }) });

  await user.click(screen.getByRole('button', { name: '请假' }));

  await waitFor(() => expect(onCreated).toHaveBeenCalledWith({ reason: '回家', days: 2 }));
  expect(controller.calls.find((call) => call.api === 'biz.util.openModal')?.params).toEqual({
    title: '新建请假申请',
    url: new URL('/leave/new', location.href).href,
  });
});

it('creates nothing when the form is cancelled (quit without a message)', async () => {
  const onCreated = vi.fn();
  const { controller, user } = renderWithDingTalk(<NewLeaveRequest onCreated={onCreated} />);
  controller.respond('biz.util.openModal', {});

  await user.click(screen.getByRole('button', { name: '请假' }));

  await waitFor(() => expect(controller.calls.at(-1)?.status).toBe('resolved'));
  expect(onCreated).not.toHaveBeenCalled();
});
