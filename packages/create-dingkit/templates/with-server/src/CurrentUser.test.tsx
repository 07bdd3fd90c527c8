import { renderWithDingTalk } from '@dingkit/mock/testing';
import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { CurrentUser } from './CurrentUser';

afterEach(() => vi.unstubAllGlobals());

it('greets the person whose auth code the server exchanged (免登)', async () => {
  const { controller } = renderWithDingTalk(<CurrentUser />);
  // POST /api/dingtalk/auth, faked: the mock knows whom each auth code it issued belongs to.
  const server = vi.fn(async (_url: string, init: RequestInit) => {
    const person = controller.exchangeAuthCode(JSON.parse(String(init.body)).code);
    return person
      ? Response.json({ userid: person.emplId, name: person.name })
      : Response.json({ error: 'API_ERROR', message: '临时授权码无效' }, { status: 502 });
  });
  vi.stubGlobal('fetch', server);

  expect(await screen.findByText(`你好，${controller.user.name}`)).toBeTruthy();
  expect(server).toHaveBeenCalledTimes(1);
  expect(server.mock.calls[0]?.[0]).toBe('/api/dingtalk/auth');
});

it('says why signing in failed', async () => {
  renderWithDingTalk(<CurrentUser />);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ error: 'API_ERROR', message: '临时授权码无效' }, { status: 502 })),
  );

  expect((await screen.findByRole('alert')).textContent).toBe('登录失败：临时授权码无效');
});

it('says which status came back when the answer is not the server’s JSON', async () => {
  renderWithDingTalk(<CurrentUser />);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('<html>Bad Gateway</html>', { status: 502 })),
  );

  expect((await screen.findByRole('alert')).textContent).toBe('登录失败：HTTP 502');
});
