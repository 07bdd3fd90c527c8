import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createFakeDingTalkApi,
  type FakeDingTalkApi,
} from '../../packages/server/src/test/createFakeDingTalkApi';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { exec } from './prepareConsumer';
import { listen, type RunningServer, serveFolder } from './serveFolder';

// The app's production build inside an emulated DingTalk PC client: a top page at an
// *.dingtalk.com origin frames the app, as the client does, and answers what the real
// dingtalk-jsapi (bundled by the app) posts to it. The page's signature comes from the real
// @dingkit/server of the tarball, against a fake DingTalk API; the host checks it with the
// ticket the fake API handed out.
const dir = inject('consumerDir');
const hostName = 'h5.dingtalk.com';
const containerId = 'dingkit-consumer';

/** What the client received, in order. */
const received: { method: string; body: Record<string, unknown> }[] = [];

let fake: FakeDingTalkApi;
let app: RunningServer;
let host: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The host page: frames the app and relays the package's requests to the test (window.answer). */
const hostPage = (appUrl: string, hostOrigin: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>钉钉</title>
<style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style></head>
<body><script>
const app = new URL(${JSON.stringify(appUrl)});
addEventListener('message', async (event) => {
  const request = event.data;
  if (event.origin !== app.origin || !request || request.type !== 'request') return;
  if (request.containerId !== ${JSON.stringify(containerId)} || request.methodName.startsWith('SYS_')) return;
  const { events = [], success, body } = await window.answer(request.methodName, request.body ?? {});
  for (const { eventName, body: eventBody } of events) {
    event.source.postMessage({ type: 'event', msgId: request.msgId, eventName, body: eventBody }, event.origin);
  }
  event.source.postMessage({ type: 'response', msgId: request.msgId, success, body }, event.origin);
});
const frame = document.createElement('iframe');
frame.name = JSON.stringify({ containerId: ${JSON.stringify(containerId)}, hostOrigin: ${JSON.stringify(hostOrigin)}, hostVersion: '7.6.0' });
frame.title = 'micro-app';
frame.src = app.href;
document.body.append(frame);
</script></body></html>`;

type Answer = { events?: { eventName: string; body: unknown }[]; success: boolean; body: unknown };

beforeAll(async () => {
  await exec(
    join(dir, 'node_modules/.bin/vite'),
    ['build', '--outDir', 'dist-pc', '--logLevel', 'error'],
    dir,
  );
  fake = await createFakeDingTalkApi({ ticket: 'consumer-jsapi-ticket' });
  // The installed @dingkit/server and @dingkit/core, as the app's own server would import them.
  const server = await import(pathToFileURL(join(dir, 'node_modules/@dingkit/server/dist/index.js')).href);
  const node = await import(pathToFileURL(join(dir, 'node_modules/@dingkit/server/dist/node.js')).href);
  const core = await import(pathToFileURL(join(dir, 'node_modules/@dingkit/core/dist/index.js')).href);

  let origin = '';
  let handler: (request: unknown, response: unknown) => void = () => undefined;
  app = await serveFolder(join(dir, 'dist-pc'), (request, response) => {
    if (!request.url?.startsWith('/api/dingtalk/')) return false;
    request.url = request.url.slice('/api/dingtalk'.length);
    handler(request, response);
    return true;
  });
  origin = app.origin;
  const dingtalk = server.createDingTalkServer({
    appKey: fake.appKey,
    appSecret: fake.appSecret,
    agentId: '1234567',
    corpId: 'dingconsumercorp',
    allowedOrigins: [origin],
    baseUrl: fake.url,
  });
  handler = node.toNodeHandler(dingtalk.handler);

  host = await listen(async (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostPage(`${origin}/index.html`, `http://${hostName}:${host.port}`));
  });

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      `--host-resolver-rules=MAP ${hostName} 127.0.0.1`,
      // A public-looking origin framing 127.0.0.1 is blocked by default.
      '--disable-features=LocalNetworkAccessChecks',
    ],
  });
  context = await browser.newContext({ viewport: { width: 585, height: 720 } });
  await context.exposeFunction(
    'answer',
    async (method: string, body: Record<string, unknown>): Promise<Answer> => {
      received.push({ method, body });
      switch (method) {
        case 'config': {
          const expected = await core.sign({
            jsapi_ticket: fake.lastTicket(),
            noncestr: body.nonceStr,
            timestamp: body.timeStamp,
            url: body.url,
          });
          return body.signature === expected && body.corpId === 'dingconsumercorp'
            ? { success: true, body: { authorizedAPIList: body.jsApiList, unauthorizedAPIList: [] } }
            : { success: false, body: { errorCode: 52013, errorMessage: '签名校验失败' } };
        }
        case 'device.notification.confirm':
          return { success: true, body: { buttonIndex: 0 } };
        case 'biz.contact.choose':
          return {
            success: true,
            body: [
              { emplId: '0108', name: '黄婷', avatar: '' },
              { emplId: '0115', name: '胡斌', avatar: '' },
            ],
          };
        case 'biz.util.uploadImage':
          return {
            success: true,
            body: ['https://static.example.com/a.png', 'https://static.example.com/b.png'],
          };
        case 'biz.util.downloadFile':
          return {
            events: [25, 50, 75].map((percent) => ({ eventName: 'progress', body: { percent } })),
            success: true,
            body: {},
          };
        default:
          return { success: false, body: { errorCode: 9, errorMessage: `unexpected ${method}` } };
      }
    },
  );
  page = await context.newPage();
  await page.goto(`http://${hostName}:${host.port}/`);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  await fake?.close();
});

describe('the production build inside an emulated DingTalk PC client', () => {
  const frame = () => page.frameLocator('iframe[title="micro-app"]');

  it('signs the page on the server and runs the handshake once', async () => {
    await frame()
      .getByRole('status', { name: '握手' })
      .filter({ hasText: /^ready$/ })
      .waitFor();
    const configs = received.filter((request) => request.method === 'config');
    expect(configs).toHaveLength(1);
    expect(configs[0]!.body.url).toBe(`${app.origin}/index.html`);
    expect(configs[0]!.body.jsApiList).toContain('biz.contact.choose');
  });

  it('confirms, chooses contacts, uploads and downloads with progress', async () => {
    await frame().getByRole('button', { name: '提交审批' }).click();
    await expect.poll(() => frame().getByRole('status', { name: '确认结果' }).textContent()).toBe('按钮 0');
    const confirm = received.find((request) => request.method === 'device.notification.confirm');
    expect(confirm?.body).toMatchObject({
      title: '提交审批',
      message: '确定提交吗？',
      buttonLabels: ['提交', '取消'],
    });

    await frame().getByRole('button', { name: '选择审批人' }).click();
    await expect.poll(() => frame().getByRole('list', { name: '审批人' }).textContent()).toBe('黄婷胡斌');
    const choose = received.find((request) => request.method === 'biz.contact.choose');
    expect(choose?.body).toMatchObject({ corpId: 'dingconsumercorp', multiple: true, max: 10 });

    await frame().getByRole('button', { name: '上传图片' }).click();
    await expect.poll(() => frame().getByRole('status', { name: '上传结果' }).textContent()).toBe('2 张');

    await frame().getByRole('button', { name: '下载手册' }).click();
    await expect
      .poll(() => frame().getByRole('status', { name: '下载结果' }).textContent())
      .toBe('已下载 100%');
    await expect(frame().getByRole('alert').count()).resolves.toBe(0);
  });
});
