import { renderWithDingTalk } from '@dingkit/mock/testing';
import { screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { LeaveFormPage } from './LeaveFormPage';

it('quits with the form as its message', async () => {
  const { controller, user } = renderWithDingTalk(<LeaveFormPage />);

  await user.type(screen.getByRole('textbox', { name: /请假事由/ }), '回家');
  await user.clear(screen.getByRole('spinbutton', { name: '天数' }));
  await user.type(screen.getByRole('spinbutton', { name: '天数' }), '3');
  await user.click(screen.getByRole('button', { name: '提交' }));

  await waitFor(() =>
    expect(controller.calls.find((call) => call.api === 'biz.navigation.quit')?.params).toEqual({
      message: JSON.stringify({ reason: '回家', days: 3 }),
    }),
  );
});

it('quits without a message on 取消', async () => {
  const { controller, user } = renderWithDingTalk(<LeaveFormPage />);

  await user.click(screen.getByRole('button', { name: '取消' }));

  await waitFor(() =>
    expect(controller.calls.find((call) => call.api === 'biz.navigation.quit')?.params).toEqual({}),
  );
});
