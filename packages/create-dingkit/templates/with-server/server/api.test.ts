// @vitest-environment node
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApi } from './api';
import { createDingTalk } from './dingtalk';
import { fakeJsapiTicket, fakeUser } from './fakeDingTalk';

// The API over real HTTP, talking to the fake DingTalk (no DINGTALK_APP_KEY), as `npm start` runs it.
let server: Server;
let origin: string;

beforeAll(async () => {
  const api = createApi({ DINGTALK_ALLOWED_ORIGINS: 'https://app.example.com' }, {});
  server = createServer((request, response) => api(request, response, () => response.writeHead(404).end()));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((closed) => server.close(closed)));

const askSignature = (url: string) =>
  fetch(`${origin}/api/dingtalk/signature?url=${encodeURIComponent(url)}`);

it('signs a page of an allowed origin', async () => {
  const url = 'https://app.example.com/tasks?id=t1';
  const response = await askSignature(url);

  expect(response.status).toBe(200);
  const { agentId, corpId, timeStamp, nonceStr, signature } = await response.json();
  expect({ agentId, corpId }).toEqual({ agentId: 'fake-agent-id', corpId: 'dingfakecorpid' });
  // DingTalk's signature: sha1 over the ticket, nonce, timestamp and page URL.
  const expected = createHash('sha1')
    .update(`jsapi_ticket=${fakeJsapiTicket}&noncestr=${nonceStr}&timestamp=${timeStamp}&url=${url}`)
    .digest('hex');
  expect(signature).toBe(expected);
});

it('refuses to sign a page of any other origin', async () => {
  const response = await askSignature('http://evil.example/');

  expect(response.status).toBe(403);
  expect(await response.json()).toMatchObject({ error: 'ORIGIN_NOT_ALLOWED' });
});

it('exchanges a 免登 auth code for the person', async () => {
  const response = await fetch(`${origin}/api/dingtalk/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'an-auth-code' }),
  });

  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ userid: fakeUser.userid, name: fakeUser.name });
});

it('leaves other paths to the rest of the server', async () => {
  expect((await fetch(`${origin}/api/other`)).status).toBe(404);
});

it('asks for every credential once an AppKey is set', () => {
  expect(() => createDingTalk({ DINGTALK_APP_KEY: 'ding-app-key' }, {})).toThrow('DINGTALK_APP_SECRET');
});
