import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDingTalkServer, type DingTalkServer } from './createDingTalkServer';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';

let api: FakeDingTalkApi;
let dingtalk: DingTalkServer;
let logLines: string[];

beforeEach(async () => {
  api = await createFakeDingTalkApi();
  logLines = [];
  const log = (message: string, details?: Record<string, unknown>) =>
    logLines.push(`${message} ${JSON.stringify(details)}`);
  dingtalk = createDingTalkServer({
    appKey: api.appKey,
    appSecret: api.appSecret,
    agentId: '253441237',
    corpId: 'dingcorp1234',
    allowedOrigins: ['https://app.example.com'],
    baseUrl: api.url,
    timeoutMs: 300,
    logger: { info: log, warn: log, error: log },
  });
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
    api.setDelay('/gettoken', 1000);
    const response = await signature('https://app.example.com/');
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: 'TIMEOUT' });
  });

  it('answers 500 without details when the store fails', async () => {
    const broken = createDingTalkServer({
      appKey: api.appKey,
      appSecret: api.appSecret,
      agentId: '1',
      corpId: 'c',
      allowedOrigins: ['https://app.example.com'],
      baseUrl: api.url,
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
    expect(error).toMatchObject({
      code: 'STORE_ERROR',
      message: expect.stringContaining('redis://***@cache'),
    });
    expect(String((error as Error).message)).not.toContain('hunter2');
  });
});
