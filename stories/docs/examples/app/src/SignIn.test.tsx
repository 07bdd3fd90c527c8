import { renderWithDingTalk } from '@dingkit/mock/testing';
import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { SignIn } from './SignIn';

afterEach(() => vi.unstubAllGlobals());

it('signs in with the auth code, exchanged once on the (fake) server', async () => {
  const { controller } = renderWithDingTalk(<SignIn>{(session) => <p>你好，{session.user.name}</p>}</SignIn>);
  // A fake /api/dingtalk/auth: the mock exchanges each code it issued once, for its signed-in person.
  const server = vi.fn(async (_url: string, init: RequestInit) => {
    const user = controller.exchangeAuthCode(JSON.parse(String(init.body)).code);
    return user
      ? Response.json({ token: 't-1', user: { userid: user.emplId, name: user.name } })
      : Response.json({ error: 'API_ERROR', message: '不存在的临时授权码' }, { status: 502 });
  });
  vi.stubGlobal('fetch', server);

  expect(await screen.findByText(`你好，${controller.user.name}`)).toBeTruthy();
  expect(server).toHaveBeenCalledTimes(1);
  expect(server.mock.calls[0]?.[0]).toBe('/api/dingtalk/auth');
});

it('says why sign-in failed and offers to retry', async () => {
  const { controller, user } = renderWithDingTalk(<SignIn>{() => <p>已登录</p>}</SignIn>);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ error: 'API_ERROR', message: '不存在的临时授权码' }, { status: 502 })),
  );

  expect((await screen.findByRole('alert')).textContent).toContain('不存在的临时授权码');

  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ token: 't-2', user: { userid: controller.user.emplId, name: 'x' } })),
  );
  await user.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByText('已登录')).toBeTruthy();
});
