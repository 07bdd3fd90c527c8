import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { ApprovalsPage } from './ApprovalsPage';

// jsdom has no layout: the page stays in its initialBand ('regular', one column). The bands
// themselves are measured in real Chromium by dingkit's own layout tests.
it('opens a detail in place of the list and comes back to it', async () => {
  // Without a provider, the back button speaks the browser's language (jsdom's is en-US).
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
  const user = userEvent.setup();
  render(<ApprovalsPage />);

  await user.click(screen.getByRole('button', { name: /李强的报销申请/ }));
  expect(screen.getByRole('heading', { level: 2, name: '李强的报销申请' })).toBeTruthy();
  const actions = screen.getByRole('group', { name: '审批操作' });
  expect(
    within(actions)
      .getAllByRole('button')
      .map((button) => button.textContent),
  ).toEqual(['同意', '拒绝', '转交']);

  await user.click(screen.getByRole('button', { name: '返回' }));
  expect(screen.getByRole('button', { name: /李强的报销申请/ })).toBeTruthy();
  expect(screen.queryByRole('group', { name: '审批操作' })).toBeNull();
});
