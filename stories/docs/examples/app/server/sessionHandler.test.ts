// @vitest-environment node
// server/sessionHandler.test.ts — the session wrapper over the real handler and a fake DingTalk API.
import { createDingTalkServer } from '@dingkit/server';
import { expect, it } from 'vitest';
import { withSessions } from './sessionHandler';
import { sessionOf } from './sessions';

const fakeDingTalk: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  const body = JSON.parse(String(init?.body ?? '{}'));
  if (url.pathname === '/gettoken') return Response.json({ errcode: 0, access_token: 'T', expires_in: 7200 });
  if (url.pathname === '/topapi/v2/user/getuserinfo') {
    return body.code === 'good-code'
      ? Response.json({ errcode: 0, result: { userid: 'u-0102' } })
      : Response.json({ errcode: 40078, errmsg: '不存在的临时授权码' });
  }
  if (url.pathname === '/topapi/v2/user/get') {
    return Response.json({ errcode: 0, result: { userid: 'u-0102', name: '王芳' } });
  }
  return Response.json({ errcode: 404, errmsg: `unexpected ${url.pathname}` });
};

const dingtalk = createDingTalkServer({
  appKey: 'key',
  appSecret: 'secret',
  agentId: '1000001',
  corpId: 'ding-corp',
  allowedOrigins: ['https://app.example.com'],
  fetch: fakeDingTalk,
});
const handler = withSessions(dingtalk.handler);

const postCode = (code: string) =>
  handler(
    new Request('https://app.example.com/api/dingtalk/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    }),
  );

it('answers a good code with a session token', async () => {
  const response = await postCode('good-code');
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body.user).toEqual({ userid: 'u-0102', name: '王芳' });
  expect(sessionOf(`Bearer ${body.token}`)).toMatchObject({ userid: 'u-0102', name: '王芳' });
  expect(sessionOf('Bearer forged')).toBeUndefined();
});

it('passes DingTalk’s refusal of a used code through', async () => {
  const response = await postCode('used-code');
  expect(response.status).toBe(502);
  expect(await response.json()).toMatchObject({ error: 'API_ERROR', errcode: 40078 });
});
