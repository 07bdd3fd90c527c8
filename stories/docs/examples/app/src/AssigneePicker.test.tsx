// src/AssigneePicker.test.tsx — jsdom + the mock bridge with its DingTalk-like dialogs rendered.
import { mockOrg } from '@dingkit/mock';
import { chooseContacts, renderWithDingTalk } from '@dingkit/mock/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { AssigneePicker } from './AssigneePicker';

it('lists the colleagues chosen in the picker', async () => {
  const { controller, user } = renderWithDingTalk(<AssigneePicker />);

  await user.click(await screen.findByRole('button', { name: '选择负责人' }));
  const picker = await screen.findByRole('dialog', { name: '选择联系人' });
  await user.type(within(picker).getByRole('searchbox', { name: '搜索' }), '黄婷');
  await user.click(within(picker).getByRole('checkbox', { name: /黄婷/ }));
  await user.click(within(picker).getByRole('button', { name: '确定' }));

  const list = await screen.findByRole('list', { name: '负责人' });
  expect(within(list).getByRole('listitem').textContent).toBe('黄婷');
  const call = controller.calls.find((entry) => entry.api === 'biz.contact.choose');
  expect(call?.params).toEqual({ corpId: mockOrg.corpId, multiple: true, max: 10 });
});

it('lists the colleagues chosen, answered by name', async () => {
  const { user } = renderWithDingTalk(<AssigneePicker />);

  await user.click(await screen.findByRole('button', { name: '选择负责人' }));
  await chooseContacts(['王芳', '黄婷']);

  const list = screen.getByRole('list', { name: '负责人' });
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['王芳', '黄婷']);
});

it('keeps quiet when the picker is closed with Escape', async () => {
  const { user } = renderWithDingTalk(<AssigneePicker />);

  await user.click(await screen.findByRole('button', { name: '选择负责人' }));
  await screen.findByRole('dialog', { name: '选择联系人' });
  await user.keyboard('{Escape}');

  await waitFor(() =>
    expect(screen.getByRole('button', { name: '选择负责人' })).toHaveProperty('disabled', false),
  );
  expect(screen.queryByRole('alert')).toBeNull();
});

it('explains itself on iOS, where biz.contact.choose does not exist', async () => {
  renderWithDingTalk(<AssigneePicker />, { platform: 'ios' });
  expect(await screen.findByText('请在钉钉 PC 端选择负责人。')).toBeTruthy();
});
