// The debug panel in an emulated DingTalk client, on the real dingtalk-jsapi: what a developer
// sees after opening the page with ?dk_debug=1 on a phone or in the PC client's pane.
import { createJsapiBridge, type Locale, type SignatureConfig } from '@dingkit/core';
import { DingTalkProvider, useToast } from '@dingkit/react';
import { StrictMode } from 'react';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { setUpContainer } from '../../container/setUpContainer';
import { loadCjkMetricsFont } from '../../support/cjkMetricsFont';
import { horizontalOverflows } from '../mock/fit';

const container = setUpContainer({ platform: 'android', version: '7.0.0' }, () => createJsapiBridge());
beforeAll(loadCjkMetricsFont);
// The runner's own modules fill the default buffer of 250 entries; the panel's request comes later.
beforeAll(() => {
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(100_000);
});

const signedAt = Math.floor(Date.now() / 1000) - 90;
const signature: SignatureConfig = {
  agentId: '1001',
  corpId: 'dingcorp1234',
  timeStamp: String(signedAt),
  nonceStr: 'nonce-7',
  signature: 'f'.repeat(40),
};
const address = location.href;
const pageUrl = () => location.href.split('#')[0] ?? '';
const isPanelRequest = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('DevtoolsPanel'));

function Page() {
  const toast = useToast();
  return (
    <button type="button" onClick={() => void toast.run({ text: '已保存' })}>
      保存
    </button>
  );
}

function renderPage({ devtools, locale = 'zh-CN' }: { devtools?: boolean; locale?: Locale } = {}) {
  return render(
    <StrictMode>
      <DingTalkProvider
        bridge={createJsapiBridge()}
        getSignature={async () => signature}
        devtools={devtools}
        locale={locale}
      >
        <Page />
      </DingTalkProvider>
    </StrictMode>,
  );
}

afterEach(() => {
  history.replaceState(null, '', address);
});

it('loads nothing of the panel when the address does not ask for it', async () => {
  container.handler = () => ({});
  const screen = await renderPage();
  await screen.getByRole('button', { name: '保存' }).click();
  await expect
    .poll(() => container.newRequests().map((request) => request.method))
    .toContain('device.notification.toast');
  expect(document.body.textContent).not.toContain('调试');
  expect(isPanelRequest()).toBe(false);
});

it('opens with ?dk_debug=1 in the hash of a hash-routed app, and logs a successful call', async () => {
  history.replaceState(null, '', `${pageUrl()}#/list?dk_debug=1`);
  container.handler = (method) => (method === 'device.notification.toast' ? {} : undefined);
  const screen = await renderPage();
  await screen.getByRole('button', { name: '保存' }).click();
  await screen.getByRole('button', { name: '调试' }).click();
  expect(isPanelRequest()).toBe(true);
  const panel = screen.getByRole('dialog', { name: 'dingkit 调试面板' });
  await expect.element(panel).toHaveTextContent('平台：android');
  await expect.element(panel).toHaveTextContent('客户端版本：7.0.0');
  await expect.element(panel).toHaveTextContent('鉴权状态：已就绪');
  await expect.element(panel).toHaveTextContent(`签名的 URL：${pageUrl()}`);
  await expect.element(panel).toHaveTextContent(/timeStamp：\d+（9\d 秒前）/);
  await expect.element(panel).toHaveTextContent(/已授权的 API：\d+biz\..*biz\.contact\.complexPicker/);
  const log = screen.getByRole('list', { name: '调用记录' });
  await expect.element(log).toHaveTextContent('device.notification.toast → 成功');
  await expect.element(log).toHaveTextContent('{"text":"已保存"}');
  // Redacted: the signature never shows.
  expect(document.body.textContent).not.toContain('f'.repeat(40));
});

it('stays off with devtools={false}, whatever the address says', async () => {
  history.replaceState(null, '', `${pageUrl()}?dk_debug=1`);
  const screen = await renderPage({ devtools: false });
  await expect.element(screen.getByRole('button', { name: '保存' })).toBeVisible();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(document.body.textContent).not.toContain('调试');
});

it('shows the signed URL and the diagnosis when DingTalk rejects the signature (52013)', async () => {
  container.config = { status: 'error', errorCode: '52013', errorMessage: '签名校验失败' };
  const screen = await renderPage({ devtools: true });
  await screen.getByRole('button', { name: '调试' }).click();
  const panel = screen.getByRole('dialog', { name: 'dingkit 调试面板' });
  await expect.element(panel).toHaveTextContent('鉴权状态：鉴权失败');
  await expect.element(panel).toHaveTextContent(`签名的 URL：${pageUrl()}`);
  const diagnosis = screen.getByRole('alert');
  await expect
    .element(diagnosis)
    .toHaveTextContent(`CONFIG_FAILED: config 鉴权失败。钉钉返回：52013 签名校验失败。`);
  await expect.element(diagnosis).toHaveTextContent(`签名的 URL：${pageUrl()}`);
  await expect.element(diagnosis).toHaveTextContent(/jsapi_ticket 可能已过期/);
});

it('copies a plain-text report without the signature', async () => {
  container.handler = () => ({});
  const screen = await renderPage({ devtools: true, locale: 'en' });
  await screen.getByRole('button', { name: '保存' }).click();
  await screen.getByRole('button', { name: 'Debug' }).click();
  let copied = '';
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        copied = text;
      },
    },
  });
  await screen.getByRole('button', { name: 'Copy report' }).click();
  await expect.element(screen.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(copied).toContain(`Signed URL: ${pageUrl()}`);
  expect(copied).toMatch(/device\.notification\.toast → OK \d+ ms/);
  expect(copied).toContain('params: {"text":"已保存"}');
  expect(copied).not.toContain('f'.repeat(40));
});

it.each([
  [360, 640],
  [375, 667],
])('fits a %ipx wide window without sideways scrolling', async (width, height) => {
  await page.viewport(width, height);
  container.config = { status: 'error', errorCode: '52013', errorMessage: '签名校验失败' };
  const screen = await renderPage({ devtools: true });
  await screen.getByRole('button', { name: '调试' }).click();
  const panel = screen.getByRole('dialog', { name: 'dingkit 调试面板' });
  await expect.element(screen.getByRole('alert')).toBeVisible();
  const element = panel.element();
  expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(width);
  expect(horizontalOverflows(element)).toEqual([]);
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  await userEvent.click(screen.getByRole('button', { name: '关闭' }));
  await expect.element(screen.getByRole('button', { name: '调试' })).toBeVisible();
});
