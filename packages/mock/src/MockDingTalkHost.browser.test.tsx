import { StrictMode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMockBridge } from './createMockBridge';
import { MockDingTalkHost } from './MockDingTalkHost';

const framePageUrl = new URL('./test/framePage.html', import.meta.url);
const framePage = (query: string) => `${framePageUrl.origin}${framePageUrl.pathname}?${query}`;

/** The document of the page inside the open modal or slide panel, once its bridge is up. */
async function framed(name: string): Promise<Document> {
  await expect.element(page.getByTitle(name)).toBeInTheDocument();
  const iframe = page.getByTitle(name).element() as HTMLIFrameElement;
  // The framed page is a separate document the dev server transforms on first load: on a busy
  // machine that takes longer than expect.poll's default second.
  await expect
    .poll(() => iframe.contentDocument?.getElementById('status')?.textContent, { timeout: 15_000 })
    .toBe('ready');
  return iframe.contentDocument as Document;
}

describe('MockDingTalkHost in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(1280, 800);
  });

  it('returns the quit message of the page inside a modal to the opener', async () => {
    const { bridge } = createMockBridge();
    await render(
      <StrictMode>
        <MockDingTalkHost bridge={bridge} />
      </StrictMode>,
    );
    const opened = bridge.call('biz.util.openModal', {
      url: framePage('quit=%E5%B7%B2%E4%BF%9D%E5%AD%98%3A42'),
      title: '新建审批',
      size: 'middle',
    });
    const dialog = page.getByRole('dialog', { name: '新建审批' });
    await expect.element(dialog).toBeVisible();
    const box = dialog.element().getBoundingClientRect();
    expect([box.width, box.height]).toEqual([440, 300]);
    const frame = page.getByTitle('新建审批').element().getBoundingClientRect();
    expect(frame.height).toBe(260);
    const doc = await framed('新建审批');
    (doc.querySelector('button') as HTMLButtonElement).click();
    await expect(opened).resolves.toEqual({ message: '已保存:42' });
    await expect.element(dialog).not.toBeInTheDocument();
  });

  it('retitles a slide panel and sends its left button’s clicks to the page', async () => {
    const { bridge } = createMockBridge();
    await render(<MockDingTalkHost bridge={bridge} locale="en" />);
    const opened = bridge.call('biz.util.openSlidePanel', {
      url: framePage('title=%E5%AE%A1%E6%89%B9%E8%AF%A6%E6%83%85&left=%E8%BF%94%E5%9B%9E&quit=done'),
      title: 'Loading',
    });
    const doc = await framed('Loading');
    const panel = page.getByRole('dialog', { name: '审批详情' });
    await expect.element(panel).toBeVisible();
    const box = panel.element().getBoundingClientRect();
    expect(box.width).toBe(400);
    expect(box.right).toBe(window.innerWidth);
    await panel.getByRole('button', { name: '返回' }).click();
    await expect.poll(() => doc.getElementById('status')?.textContent).toBe('left button clicked');
    (doc.querySelector('button') as HTMLButtonElement).click();
    await expect(opened).resolves.toEqual({ message: 'done' });
  });

  it('ignores navigation messages from pages that are not in its frames', async () => {
    const { bridge, controller } = createMockBridge();
    await render(<MockDingTalkHost bridge={bridge} />);
    void bridge.call('biz.util.openModal', { url: framePage('quit=x'), title: 'm' }).catch(() => {});
    await framed('m');
    window.postMessage(
      { dingkitMock: 'navigation', api: 'biz.navigation.quit', params: { message: 'forged' } },
      '*',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(controller.pending.map((call) => call.api)).toEqual(['biz.util.openModal']);
    controller.reset();
  });

  it('stacks a later call’s dialog on top: focus, Tab and Escape belong to it, then to the first again', async () => {
    const { bridge } = createMockBridge();
    await render(
      <StrictMode>
        <button type="button">opener</button>
        <MockDingTalkHost bridge={bridge} />
      </StrictMode>,
    );
    const opener = page.getByRole('button', { name: 'opener' });
    (opener.element() as HTMLElement).focus();
    const firstCall = bridge.call('device.notification.confirm', {
      title: '第一个',
      message: 'a',
      buttonLabels: ['甲', '乙'],
    });
    const first = page.getByRole('dialog', { name: '第一个' });
    await expect.element(first.getByRole('button', { name: '甲' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(first.getByRole('button', { name: '乙' })).toHaveFocus();

    const secondCall = bridge.call('device.notification.confirm', {
      title: '第二个',
      message: 'b',
      buttonLabels: ['丙', '丁'],
    });
    const second = page.getByRole('dialog', { name: '第二个' });
    await expect.element(second.getByRole('button', { name: '丙' })).toHaveFocus();
    for (const name of ['丁', '丙', '丁']) {
      await userEvent.keyboard('{Tab}');
      await expect.element(second.getByRole('button', { name })).toHaveFocus();
    }
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(second.getByRole('button', { name: '丙' })).toHaveFocus();
    // A click on the dimmed page around it does not dismiss it.
    const overlay = Array.from(document.querySelectorAll('.dkm-overlay')).at(-1) as HTMLElement;
    await userEvent.click(overlay, { position: { x: 5, y: 5 } });
    await expect.element(second).toBeVisible();

    await userEvent.keyboard('{Escape}');
    await expect(secondCall).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect.element(second).not.toBeInTheDocument();
    await expect.element(first.getByRole('button', { name: '乙' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(first.getByRole('button', { name: '甲' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(firstCall).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect.element(first).not.toBeInTheDocument();
    await expect.element(opener).toHaveFocus();
  });

  it('shows uploaded images from real object URLs', async () => {
    const { bridge } = createMockBridge();
    await render(<MockDingTalkHost bridge={bridge} />);
    const uploaded = bridge.call('biz.util.uploadImage', { multiple: true });
    const canvas = document.createElement('canvas');
    canvas.width = 8;
    canvas.height = 8;
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b as Blob), 'image/png'));
    const input = page.getByLabelText('选择图片');
    await input.upload(new File([blob], 'dot.png', { type: 'image/png' }));
    const image = page.getByRole('img', { name: 'dot.png' });
    await expect.element(image).toBeVisible();
    await expect.poll(() => (image.element() as HTMLImageElement).naturalWidth).toBe(8);
    await page.getByRole('button', { name: '上传' }).click();
    const [url] = await uploaded;
    expect(url).toMatch(/^blob:/);
    expect((await (await fetch(url as string)).blob()).size).toBe(blob.size);
  });
});
