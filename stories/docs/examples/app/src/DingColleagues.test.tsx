import { mockOrg } from '@dingkit/mock';
import { cancel, renderWithDingTalk } from '@dingkit/mock/testing';
import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { DingColleagues } from './DingColleagues';

it('DINGs the colleagues chosen in the picker, with a link card an hour from now', async () => {
  const { controller, user } = renderWithDingTalk(<DingColleagues approvalId="3" />);

  await user.click(await screen.findByRole('button', { name: 'DING 提醒' }));
  const picker = await screen.findByRole('dialog', { name: '选择联系人' });
  await user.type(within(picker).getByRole('searchbox', { name: '搜索' }), '黄婷');
  await user.click(within(picker).getByRole('checkbox', { name: /黄婷/ }));
  await user.click(within(picker).getByRole('button', { name: '确定' }));

  expect(await screen.findByText('已发送 DING')).toBeTruthy();
  const post = controller.calls.find((call) => call.api === 'biz.ding.post');
  expect(post?.params).toMatchObject({
    corpId: mockOrg.corpId,
    users: ['0108'],
    type: 2,
    alertType: 2,
    alertDate: { format: 'yyyy-MM-dd HH:mm', value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) },
    attachment: { title: '审批 #3', url: 'https://app.example.com/approvals/3' },
  });
});

it('sends nothing when the picker is cancelled', async () => {
  const { controller, user } = renderWithDingTalk(<DingColleagues approvalId="3" />);

  await user.click(await screen.findByRole('button', { name: 'DING 提醒' }));
  await cancel();

  expect(controller.calls.at(-1)?.error?.code).toBe('CANCELLED');
  expect(controller.calls.some((call) => call.api === 'biz.ding.post')).toBe(false);
  expect(screen.queryByRole('alert')).toBeNull();
});
