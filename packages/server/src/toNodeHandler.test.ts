import { createServer, type RequestListener, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { sign } from '@dingkit/core';
import express from 'express';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DingTalkServer } from './createDingTalkServer';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';
import { createTestServer, recordingLogger } from './test/createTestServer';
import { readmeSample, runReadmeSample } from './test/runReadmeSample';
import { toNodeHandler } from './toNodeHandler';

const pageOrigin = 'https://app.example.com';
let api: FakeDingTalkApi;
let dingtalk: DingTalkServer;
let logLines: string[];
/** Every response any test saw, as text: checked for secrets after each test. */
let seen: string[];

async function listen(listener: RequestListener): Promise<{ url: string; server: Server }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function close(server: Server) {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

interface Seen {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function send(url: string, init?: RequestInit): Promise<Seen> {
  const response = await fetch(url, init);
  const text = await response.text();
  seen.push(text, JSON.stringify([...response.headers]));
  const isJson = response.headers.get('content-type')?.startsWith('application/json');
  return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : { text } };
}

const get = (base: string, pageUrl: string | undefined, init?: RequestInit) =>
  send(`${base}/signature${pageUrl === undefined ? '' : `?url=${encodeURIComponent(pageUrl)}`}`, init);

const post = (base: string, body: string, headers: Record<string, string> = {}) =>
  send(`${base}/auth`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

beforeEach(async () => {
  api = await createFakeDingTalkApi();
  logLines = [];
  seen = [];
  dingtalk = createTestServer(api, { timeoutMs: 500, logger: recordingLogger(logLines) });
});

afterEach(async () => {
  await api.close();
  const everything = [...seen, ...logLines].join('\n');
  expect(everything).not.toContain(api.appSecret);
  for (const value of api.issued) expect(everything).not.toContain(value);
});

/** The same journey through each way of mounting the handler. */
function journey(mount: () => Promise<{ base: string; stop: () => Promise<void> }>) {
  let base: string;
  let stop: () => Promise<void>;
  // Mounted per test: each test has its own fake DingTalk API and server.
  beforeEach(async () => {
    ({ base, stop } = await mount());
  });
  afterEach(() => stop());

  it('signs an allowed page URL', async () => {
    const page = `${pageOrigin}/app/index.html?corpId=dingcorp1234#/todo`;
    const response = await get(base, page);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(response.body).sort()).toEqual([
      'agentId',
      'corpId',
      'nonceStr',
      'signature',
      'timeStamp',
    ]);
    const { nonceStr, timeStamp, signature } = response.body as {
      nonceStr: string;
      timeStamp: number;
      signature: string;
    };
    expect(signature).toBe(
      await sign({
        jsapi_ticket: api.lastTicket()!,
        noncestr: nonceStr,
        timestamp: timeStamp,
        url: `${pageOrigin}/app/index.html?corpId=dingcorp1234`,
      }),
    );
  });

  it('answers 400 for a missing, malformed or too long url and 403 for a foreign origin', async () => {
    expect((await get(base, undefined)).status).toBe(400);
    expect((await get(base, '')).status).toBe(400);
    const script = await get(base, 'javascript:alert(1)');
    expect(script.status).toBe(400);
    expect(script.body).toMatchObject({ error: 'INVALID_INPUT' });
    expect((await get(base, `${pageOrigin}/?q=${'a'.repeat(9000)}`)).status).toBe(400);
    const foreign = await get(base, 'https://evil.example.com/');
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: 'ORIGIN_NOT_ALLOWED' });
    expect(foreign.body.message).toContain('https://evil.example.com');
    expect(api.requests).toHaveLength(0);
  });

  it('exchanges an auth code for the user', async () => {
    const response = await post(base, JSON.stringify({ code: 'auth-code-1' }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ userid: 'manager4220', name: '张三' });
  });

  it('answers 400 for a missing or empty code and for a body that is not JSON', async () => {
    for (const body of ['{}', '{"code":""}', '{"code":42}', 'code=auth-code-1', '[1,2]', 'null', '']) {
      const response = await post(base, body);
      expect(response.status, body).toBe(400);
      // express.json() answers malformed JSON itself, with its own HTML page, before the handler.
      if (!('text' in response.body)) expect(response.body.error, body).toBe('INVALID_INPUT');
    }
    expect(api.requests).toHaveLength(0);
  });

  it('answers 502 with a short JSON error when DingTalk refuses the code', async () => {
    const response = await post(base, JSON.stringify({ code: 'stale-code' }));
    expect(response.status).toBe(502);
    expect(response.body).toMatchObject({ error: 'API_ERROR', errcode: 40078 });
    expect(JSON.stringify(response.body)).not.toContain('stale-code');
  });

  it('answers 502 when DingTalk is down', async () => {
    await api.close();
    const response = await get(base, `${pageOrigin}/`);
    expect(response.status).toBe(502);
    expect(response.body).toMatchObject({ error: 'NETWORK_ERROR' });
    expect(logLines.some((line) => line.includes('failed') && line.includes('NETWORK_ERROR'))).toBe(true);
  });

  it('answers HEAD on …/signature without a body', async () => {
    const response = await fetch(`${base}/signature?url=${encodeURIComponent(`${pageOrigin}/`)}`, {
      method: 'HEAD',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 and 405 for other paths and methods', async () => {
    expect((await send(`${base}/elsewhere`)).status).toBe(404);
    const wrong = await send(`${base}/auth`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('lets an allowed origin call it cross-origin, and no other', async () => {
    const allowed = await get(base, `${pageOrigin}/`, { headers: { origin: pageOrigin } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(pageOrigin);
    const preflight = await fetch(`${base}/auth`, {
      method: 'OPTIONS',
      headers: { origin: pageOrigin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
    const other = await get(base, `${pageOrigin}/`, { headers: { origin: 'https://evil.example.com' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
}

describe('through Node http, given dingtalk.handler (no Fetch Request or Response in between)', () => {
  journey(async () => {
    const { url, server } = await listen(toNodeHandler(dingtalk.handler));
    return { base: `${url}/api/dingtalk`, stop: () => close(server) };
  });
});

describe('through Node http, given any Fetch API handler', () => {
  journey(async () => {
    const { url, server } = await listen(toNodeHandler((request) => dingtalk.handler(request)));
    return { base: `${url}/api/dingtalk`, stop: () => close(server) };
  });

  it('refuses an oversized body before the handler reads it', async () => {
    const { url, server } = await listen(
      toNodeHandler((request) => dingtalk.handler(request), { maxBodyBytes: 1024 }),
    );
    try {
      const response = await post(`${url}/api/dingtalk`, JSON.stringify({ code: 'x'.repeat(5000) }));
      expect(response.status).toBe(413);
    } finally {
      await close(server);
    }
  });

  it('answers a 100 KB URL with an error, never a signature', async () => {
    const { url, server } = await listen(toNodeHandler((request) => dingtalk.handler(request)));
    try {
      // Node's own header limit (16 KB) answers 431 before the handler runs.
      const response = await fetch(`${url}/api/dingtalk/signature?url=${'a'.repeat(100 * 1024)}`);
      expect(response.status).toBe(431);
    } finally {
      await close(server);
    }
  });
});

describe('through Express', () => {
  journey(async () => {
    const app = express();
    // A JSON body parser mounted app-wide consumes the stream first; the adapter uses its result.
    app.use(express.json());
    app.use('/api/dingtalk', toNodeHandler(dingtalk.handler));
    const { url, server } = await listen(app);
    return { base: `${url}/api/dingtalk`, stop: () => close(server) };
  });
});

describe('through Express without a body parser', () => {
  journey(async () => {
    const app = express();
    app.use('/api/dingtalk', toNodeHandler(dingtalk.handler));
    const { url, server } = await listen(app);
    return { base: `${url}/api/dingtalk`, stop: () => close(server) };
  });
});

describe('through Hono', () => {
  journey(async () => {
    const app = new Hono();
    app.all('/api/dingtalk/*', (context) => dingtalk.handler(context.req.raw));
    const { url, server } = await listen(toNodeHandler(async (request) => app.fetch(request)));
    return { base: `${url}/api/dingtalk`, stop: () => close(server) };
  });
});

describe('a request body that stalls', () => {
  /** Sends headers announcing a body, a part of it, and then nothing. */
  const stall = (url: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const { hostname, port, pathname } = new URL(url);
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"code":`,
        );
      });
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString();
        if (received.includes('\r\n\r\n') && received.includes('}')) {
          socket.destroy();
          resolve({ status: Number(received.split(' ')[1]), text: received });
        }
      });
      socket.on('error', reject);
    });

  it.each([
    ['given dingtalk.handler', () => toNodeHandler(dingtalk.handler, { bodyTimeoutMs: 150 })],
    [
      'given any Fetch API handler',
      () => toNodeHandler((request) => dingtalk.handler(request), { bodyTimeoutMs: 150 }),
    ],
    [
      'given any Fetch API handler, in Chinese',
      () => toNodeHandler((request) => dingtalk.handler(request), { bodyTimeoutMs: 150, locale: 'zh-CN' }),
    ],
  ])('is answered with 408 after bodyTimeoutMs, %s', async (name, make) => {
    const { url, server } = await listen(make());
    try {
      const started = performance.now();
      const answer = await stall(`${url}/api/dingtalk/auth`);
      expect(answer.status).toBe(408);
      expect(answer.text).toContain('REQUEST_TIMEOUT');
      expect(answer.text).toContain(
        name.endsWith('Chinese') ? '请求体未能及时送达' : 'did not arrive in time',
      );
      // A bound far below Node's own 300 s requestTimeout.
      expect(performance.now() - started).toBeLessThan(5000);
    } finally {
      await close(server);
    }
  });
});

describe('the README’s rate limit in front of …/auth (Express, express-rate-limit)', () => {
  it('lets 10 of 200 random auth codes reach DingTalk and answers the others 429', async () => {
    const sample = await runReadmeSample(await readmeSample('Express, with a rate limit'), api.url);
    try {
      const statuses = await Promise.all(
        Array.from({ length: 200 }, async (_, index) => {
          const response = await fetch(`${sample.url}/api/dingtalk/auth`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ code: `random-code-${index}` }),
          });
          seen.push(await response.text());
          return response.status;
        }),
      );
      expect(statuses.filter((status) => status === 429)).toHaveLength(190);
      expect(statuses.filter((status) => status === 502)).toHaveLength(10);
      expect(api.count('/topapi/v2/user/getuserinfo')).toBe(10);
      // Signing is not limited.
      const signature = await fetch(
        `${sample.url}/api/dingtalk/signature?url=${encodeURIComponent(`${pageOrigin}/`)}`,
      );
      expect(signature.status).toBe(200);
    } finally {
      await sample.stop();
    }
  }, 60_000);
});
