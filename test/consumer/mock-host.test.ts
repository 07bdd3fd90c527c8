import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { cjkMetricsFontCss } from '../support/cjkMetricsFont';
import { exec } from './prepareConsumer';
import { type RunningServer, serveFolder } from './serveFolder';

// The same app from the packed packages, with React 19 and with React 18 (both supported).
const apps = [
  { react: 'React 19', major: '19', dir: inject('consumerDir') },
  { react: 'React 18', major: '18', dir: inject('consumerDirReact18') },
];
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
});

/** Fails when anything is wider than the page: the app or a dialog scrolled sideways. */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wider = [...document.querySelectorAll('body *')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
    });
    return {
      scroll: document.documentElement.scrollWidth - width,
      wider: wider.map((element) => `${element.tagName.toLowerCase()}.${element.className}`).slice(0, 5),
    };
  });
  expect(overflow).toEqual({ scroll: 0, wider: [] });
}

/** Fails when a truncated text (ellipsis) shows fewer than its first two characters. */
async function expectReadableTexts(page: Page) {
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        return (
          style.textOverflow === 'ellipsis' &&
          element.scrollWidth > element.clientWidth &&
          element.clientWidth < 2 * Number.parseFloat(style.fontSize)
        );
      })
      .map((element) => element.textContent),
  );
  expect(cut).toEqual([]);
}

describe.each(apps)('the app with $react', ({ dir, major }) => {
  let server: RunningServer;

  beforeAll(async () => {
    const installed = JSON.parse(await readFile(join(dir, 'node_modules/react-dom/package.json'), 'utf8'));
    expect((installed as { version: string }).version.split('.')[0]).toBe(major);
    // The app's own production build, from the packed packages.
    await exec(
      join(dir, 'node_modules/.bin/vite'),
      ['build', '--outDir', 'dist-mock', '--logLevel', 'error'],
      dir,
    );
    server = await serveFolder(join(dir, 'dist-mock'));
  });

  afterAll(async () => {
    await server?.close();
  });

  // The conversation pane and the micro-app window's default width.
  describe.each([360, 585])('and the mock host, %ipx wide', (width) => {
    let page: Page;

    beforeAll(async () => {
      page = await browser.newPage({ viewport: { width, height: 720 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.origin}/mock.html`);
      // Chinese text at its real width (1em a character): this machine has no CJK font.
      await page.addStyleTag({ content: cjkMetricsFontCss() });
      await page.evaluate(() => document.fonts.ready);
      await page
        .getByRole('status', { name: '握手' })
        .filter({ hasText: /^ready$/ })
        .waitFor();
      expect(errors).toEqual([]);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('asks a confirm and returns the clicked button', async () => {
      await page.getByRole('button', { name: '提交审批' }).click();
      const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
      await expect.poll(() => dialog.textContent()).toContain('确定提交吗？');
      await expectNoHorizontalOverflow(page);
      await dialog.getByRole('button', { name: '提交' }).click();
      await expect.poll(() => page.getByRole('status', { name: '确认结果' }).textContent()).toBe('按钮 0');
    });

    it('chooses two people through the picker', async () => {
      await page.getByRole('button', { name: '选择审批人' }).click();
      const picker = page.getByRole('dialog', { name: '选择联系人' });
      await picker.waitFor();
      await expectNoHorizontalOverflow(page);
      for (const name of ['黄婷', '胡斌']) {
        await picker.getByRole('searchbox', { name: '搜索' }).fill(name);
        await picker.getByRole('checkbox', { name: new RegExp(name) }).click();
      }
      await expectNoHorizontalOverflow(page);
      await expectReadableTexts(page);
      await picker.getByRole('button', { name: /^确定/ }).click();
      await expect.poll(() => page.getByRole('list', { name: '审批人' }).textContent()).toBe('黄婷胡斌');
    });

    it('uploads two images', async () => {
      await page.getByRole('button', { name: '上传图片' }).click();
      const dialog = page.getByRole('dialog', { name: '上传图片' });
      await dialog.waitFor();
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      );
      await dialog.getByLabel('选择图片').setInputFiles([
        { name: 'a.png', mimeType: 'image/png', buffer: png },
        { name: 'b.png', mimeType: 'image/png', buffer: png },
      ]);
      await expectNoHorizontalOverflow(page);
      await dialog.getByRole('button', { name: '上传', exact: true }).click();
      await expect.poll(() => page.getByRole('status', { name: '上传结果' }).textContent()).toBe('2 张');
    });

    it('downloads a file with progress up to 100%', async () => {
      await page.getByRole('button', { name: '下载手册' }).click();
      const bar = page.getByRole('progressbar', { name: '下载进度' }).first();
      await bar.waitFor();
      await expectNoHorizontalOverflow(page);
      await expect
        .poll(() => page.getByRole('status', { name: '下载结果' }).textContent(), { timeout: 10_000 })
        .toBe('已下载 100%');
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
    });
  });
});
