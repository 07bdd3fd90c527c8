import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DingTalkServer, DingTalkServerOptions } from './createDingTalkServer';
import { createSessionCookie } from './createSessionCookie';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';
import { createTestServer, recordingLogger } from './test/createTestServer';

let api: FakeDingTalkApi;
let dingtalk: DingTalkServer;
let logLines: string[];

const server = (overrides: Partial<DingTalkServerOptions> = {}) =>
  createTestServer(api, { timeoutMs: 500, logger: recordingLogger(logLines), ...overrides });

beforeEach(async () => {
  api = await createFakeDingTalkApi();
  logLines = [];
  dingtalk = server();
});

afterEach(() => api.close());

const signature = (url: string) =>
  dingtalk.handler(
    new Request(`https://app.example.com/api/dingtalk/signature?url=${encodeURIComponent(url)}`),
  );

describe('handler', () => {
  it('answers a 100 KB URL with 400 without asking DingTalk', async () => {
    const response = await signature(`https://app.example.com/?q=${'a'.repeat(100 * 1024)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: 'INVALID_INPUT',
      message: expect.stringContaining('8192'),
    });
    expect(api.requests).toHaveLength(0);
  });

  it('answers 413 for an auth body above 16 KB, declared or streamed', async () => {
    const big = JSON.stringify({ code: 'x'.repeat(20_000) });
    const declared = await dingtalk.handler(
      new Request('https://app.example.com/api/auth', {
        method: 'POST',
        body: big,
        headers: { 'content-length': String(big.length) },
      }),
    );
    expect(declared.status).toBe(413);
    const streamed = await dingtalk.handler(
      new Request('https://app.example.com/api/auth', {
        method: 'POST',
        body: new Blob([big]).stream(),
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });

  it('logs a refused origin and a DingTalk failure without the page query, code, token or ticket', async () => {
    await signature('https://evil.example.com/?session=abc');
    await dingtalk.signUrl('https://app.example.com/');
    await dingtalk.handler(
      new Request('https://app.example.com/api/auth', { method: 'POST', body: '{"code":"one-time-code-9"}' }),
    );
    const log = logLines.join('\n');
    expect(log).toContain('refused');
    expect(log).toContain('"errcode":40078');
    for (const secret of ['session=abc', 'one-time-code-9', api.appSecret, ...api.issued]) {
      expect(log).not.toContain(secret);
    }
  });

  it('answers 502 for a slow DingTalk', async () => {
    api.setDelay('/gettoken', 3000);
    const response = await signature('https://app.example.com/');
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: 'TIMEOUT' });
  });

  it('answers 500 without details when the store fails', async () => {
    const broken = server({
      store: {
        get: () => Promise.reject(new Error('connection refused redis://:hunter2@cache:6379')),
        set: () => Promise.resolve(),
        setIfAbsent: () => Promise.resolve(true),
        delete: () => Promise.resolve(),
      },
    });
    const response = await broken.handler(
      new Request(`https://app.example.com/signature?url=${encodeURIComponent('https://app.example.com/')}`),
    );
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ error: 'STORE_ERROR' });
    expect(body).not.toContain('hunter2');
    const error = await broken.getAccessToken().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'STORE_ERROR', message: expect.stringContaining('get (Error)') });
    expect(String((error as Error).message)).not.toContain('hunter2');
    expect(JSON.parse(body).message).not.toContain('get');
  });

  it('tells anonymous callers a stable code and a generic message; the log gets the diagnosis', async () => {
    const errmsg = `访问ip不在白名单之中,request ip=203.0.113.7 appKey(${api.appKey})`;
    api.answerAlways('/gettoken', { body: { errcode: 60020, errmsg } });
    const response = await signature('https://app.example.com/');
    expect(response.status).toBe(502);
    const body = await response.json();
    expect(body).toEqual({
      error: 'API_ERROR',
      errcode: 60020,
      message: expect.stringContaining('DingTalk refused the request'),
    });
    const text = JSON.stringify(body);
    for (const internal of [
      '203.0.113.7',
      api.appKey,
      '白名单',
      '出口IP',
      'AppSecret',
      '/gettoken',
      'dingkit:',
    ]) {
      expect(text).not.toContain(internal);
    }
    const logged = logLines.join('\n');
    expect(logged).toContain('203.0.113.7');
    expect(logged).toContain('服务器出口IP');
  });

  it('tells the page developer plainly which origin is not in allowedOrigins, and not the list', async () => {
    const response = await signature('https://preview.example.com/app?x=1');
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(body).toEqual({
      error: 'ORIGIN_NOT_ALLOWED',
      message: expect.stringContaining('https://preview.example.com is not in allowedOrigins'),
    });
    expect(body.message).not.toContain('https://app.example.com');
  });

  it('answers 503 with Retry-After while DingTalk’s circuit is open', async () => {
    api.answerAlways('/gettoken', { status: 502, body: 'bad gateway' });
    for (let attempt = 0; attempt < 3; attempt += 1) await signature('https://app.example.com/');
    const response = await signature('https://app.example.com/');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ error: 'CIRCUIT_OPEN' });
    expect(api.count('/gettoken')).toBe(3);
  });

  it('answers 503 LOCK_TIMEOUT, not a DingTalk error, when another process never releases the lock', async () => {
    const stuck = server({
      timeoutMs: 50,
      storeTimeoutMs: 20,
      store: {
        get: () => Promise.resolve(undefined),
        set: () => Promise.resolve(),
        setIfAbsent: () => Promise.resolve(false),
        delete: () => Promise.resolve(),
      },
    });
    const response = await stuck.handler(
      new Request(`https://app.example.com/signature?url=${encodeURIComponent('https://app.example.com/')}`),
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'LOCK_TIMEOUT' });
    expect(api.requests).toHaveLength(0);
  });

  it('answers HEAD on …/signature like GET, without a body', async () => {
    const url = encodeURIComponent('https://app.example.com/');
    const response = await dingtalk.handler(
      new Request(`https://app.example.com/api/signature?url=${url}`, { method: 'HEAD' }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    const post = await dingtalk.handler(
      new Request(`https://app.example.com/api/signature?url=${url}`, { method: 'POST' }),
    );
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('answers 408 when the auth body stalls', async () => {
    const stalling = server({ bodyTimeoutMs: 100 });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"code":'));
      },
    });
    const response = await stalling.handler(
      new Request('https://app.example.com/api/auth', {
        method: 'POST',
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(408);
    expect(await response.json()).toMatchObject({ error: 'REQUEST_TIMEOUT' });
  });

  it('answers in Chinese with locale zh-CN, with the same codes', async () => {
    const chinese = server({ locale: 'zh-CN' });
    const foreign = await chinese.handler(
      new Request(`https://x/signature?url=${encodeURIComponent('https://evil.example.com/')}`),
    );
    expect(await foreign.json()).toEqual({
      error: 'ORIGIN_NOT_ALLOWED',
      message: expect.stringContaining('https://evil.example.com 不在 allowedOrigins 中'),
    });
    const stale = await chinese.handler(
      new Request('https://x/auth', { method: 'POST', body: JSON.stringify({ code: 'stale-code' }) }),
    );
    expect(await stale.json()).toMatchObject({
      error: 'API_ERROR',
      errcode: 40078,
      message: expect.stringContaining('免登授权码'),
    });
  });

  it('opens a session cookie on a successful 免登 when given one', async () => {
    const session = createSessionCookie({ secret: 'a-random-secret-of-at-least-32-characters!' });
    const withSession = server({ session });
    const response = await withSession.handler(
      new Request('https://app.example.com/api/auth', {
        method: 'POST',
        body: JSON.stringify({ code: 'auth-code-1' }),
      }),
    );
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly; Secure; SameSite=Lax$/);
    await expect(session.read(setCookie.split(';')[0])).resolves.toMatchObject({
      userid: 'manager4220',
      name: '张三',
    });
    const refused = await withSession.handler(
      new Request('https://app.example.com/api/auth', {
        method: 'POST',
        body: JSON.stringify({ code: 'stale-code' }),
      }),
    );
    expect(refused.headers.get('set-cookie')).toBeNull();
  });
});
