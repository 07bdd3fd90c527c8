import type { ApiName, Bridge } from '@dingkit/core';
import { createMockBridge, MockDingTalkHost, type MockLocale } from '@dingkit/mock';
import { type Surface, SurfaceFrame, surfaces } from '@dingkit/storybook';
import { StrictMode, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { loadCjkMetricsFont } from '../../support/cjkMetricsFont';
import { misfits } from './fit';

// Every dialog, toast and card of MockDingTalkHost, opened in every surface of the Storybook
// toolbar, measured in Chromium: nothing overflows, every name and label shows at least its first
// two characters, the buttons that answer or close are seen whole. Chinese text takes its real
// width (1em a character) from a metrics font, as no CJK font is installed on the test machines.

beforeAll(loadCjkMetricsFont);

const longTitle = '请选择参与本季度项目复盘会议的同事（可多选）';
const longMessage =
  '提交后将通知审批人：https://example.com/approvals/BX-20240505-000123456789012345678901234567890 请确认。';

/** A picture of `width`×`height` made in the browser, as a data URL. */
function picture(width: number, height: number, color: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context) {
    context.fillStyle = color;
    context.fillRect(0, 0, width, height);
  }
  return canvas.toDataURL('image/png');
}

async function pictureFile(name: string, color: string): Promise<File> {
  const blob = await (await fetch(picture(640, 480, color))).blob();
  return new File([blob], name, { type: 'image/png' });
}

// A page of the test server, for the modal and the slide panel to frame.
const framedPage = new URL('../../../packages/mock/src/test/framePage.html', import.meta.url).href;

const dialog = () => page.getByRole('dialog').element();

/** One thing the host shows: how an app opens it, and the element to measure once it is shown. */
interface Case {
  name: string;
  open: (bridge: Bridge) => Promise<unknown>;
  shown: () => Promise<Element>;
  /** For the mobile-only APIs. @default the mock's platform */
  platform?: 'ios' | 'android';
}

const call = (api: ApiName, params: unknown) => (bridge: Bridge) =>
  bridge.call(api, params as never) as Promise<unknown>;

async function shownDialog(): Promise<Element> {
  await expect.element(page.getByRole('dialog')).toBeVisible();
  return dialog();
}

async function shownBy(selector: string): Promise<Element> {
  await expect.poll(() => document.querySelector(selector)).not.toBeNull();
  return document.querySelector(selector) as Element;
}

const corpId = 'dingmock';
const cases: Case[] = [
  {
    name: 'alert',
    open: call('device.notification.alert', {
      title: longTitle,
      message: longMessage,
      buttonName: '我知道了',
    }),
    shown: shownDialog,
  },
  {
    name: 'confirm with long button labels',
    open: call('device.notification.confirm', {
      title: '提交审批',
      message: longMessage,
      buttonLabels: ['同意并通知全部审批人', '暂不提交，稍后再说'],
    }),
    shown: shownDialog,
  },
  {
    name: 'prompt',
    open: call('device.notification.prompt', {
      title: '驳回理由',
      message: '请填写驳回理由',
      buttonLabels: ['提交', '取消'],
    }),
    shown: shownDialog,
  },
  {
    name: 'actionSheet',
    open: call('device.notification.actionSheet', {
      title: longTitle,
      cancelButton: '取消',
      otherButtons: ['转交给部门负责人处理', '加签', '退回到发起人重新填写申请单'],
    }),
    shown: shownDialog,
  },
  {
    name: 'contact picker with people chosen',
    open: call('biz.contact.choose', { corpId, multiple: true, max: 5, users: ['0101', '0102', '0108'] }),
    shown: shownDialog,
  },
  {
    name: 'contact picker searching',
    open: call('biz.contact.choose', { corpId, multiple: true }),
    shown: async () => {
      const found = await shownDialog();
      await page.getByRole('searchbox').fill('工程师');
      await expect.element(page.getByRole('checkbox', { name: /周杰/ })).toBeVisible();
      return found;
    },
  },
  {
    name: 'complex picker with departments chosen',
    open: call('biz.contact.complexPicker', {
      corpId,
      title: longTitle,
      multiple: true,
      maxUsers: 2,
      pickedUsers: ['0103', '0104'],
      pickedDepartments: ['2', '31'],
      limitTips: '最多只能选择 2 位同事，请先移除已选的人员',
    }),
    shown: shownDialog,
  },
  {
    name: 'departments picker',
    open: call('biz.contact.departmentsPicker', { corpId, title: '选择部门', pickedDepartments: ['6'] }),
    shown: shownDialog,
  },
  {
    name: 'custom contact multipleChoose with the company name',
    open: call('biz.customContact.multipleChoose', {
      corpId,
      title: '选择抄送人',
      users: ['0102', '0103', '0104', '0105', '0106'],
      selectedUsers: ['0103'],
      disabledUsers: ['0104'],
      isShowCompanyName: true,
    }),
    shown: shownDialog,
  },
  {
    name: 'uploadImage with three images chosen',
    open: call('biz.util.uploadImage', { multiple: true, max: 9 }),
    shown: async () => {
      const found = await shownDialog();
      const input = page.getByLabelText(/选择图片|Choose images/);
      await input.upload(
        await Promise.all(
          ['a', 'b', 'c'].map((n, i) => pictureFile(`${n}.png`, ['#e33', '#3a3', '#36e'][i] as string)),
        ),
      );
      await expect.poll(() => found.querySelectorAll('.dkm-upload__item img').length).toBe(3);
      return found;
    },
  },
  {
    name: 'previewImage gallery',
    open: (bridge) => {
      const urls = [picture(1600, 900, '#36e'), picture(300, 1200, '#e33')];
      return bridge.call('biz.util.previewImage', { urls, current: urls[0] as string });
    },
    shown: async () => {
      const found = await shownDialog();
      await expect
        .poll(() => (found.querySelector('img') as HTMLImageElement | null)?.naturalWidth)
        .toBe(1600);
      return found;
    },
  },
  {
    name: 'downloadFile progress card',
    open: call('biz.util.downloadFile', {
      url: 'https://example.com/files/2024-Q2-项目复盘会议纪要（最终版）.pdf',
      name: '2024-Q2-项目复盘会议纪要与行动项汇总（最终版）.pdf',
    }),
    shown: () => shownBy('.dkm-download'),
  },
  {
    name: 'toast',
    open: call('device.notification.toast', { type: 'success', text: longMessage, duration: 5 }),
    shown: () => shownBy('.dkm-toast'),
  },
  {
    name: 'openLink notice',
    open: call('biz.util.openLink', {
      url: 'https://example.com/a/very/long/path/without/any/break/0123456789abcdef',
    }),
    shown: () => shownBy('.dkm-toast'),
  },
  {
    name: 'openModal large',
    open: call('biz.util.openModal', { url: framedPage, title: longTitle }),
    shown: shownDialog,
  },
  {
    name: 'openModal mini',
    open: call('biz.util.openModal', { url: framedPage, title: '确认', size: 'mini' }),
    shown: shownDialog,
  },
  {
    name: 'openSlidePanel',
    open: call('biz.util.openSlidePanel', { url: framedPage, title: longTitle }),
    shown: shownDialog,
  },
  {
    name: 'scan',
    open: call('biz.util.scan', { type: 'all' }),
    shown: shownDialog,
    platform: 'android',
  },
  {
    name: 'datetimepicker',
    open: call('biz.util.datetimepicker', { format: 'yyyy-MM-dd HH:mm', value: '2026-05-06 14:00' }),
    shown: shownDialog,
    platform: 'android',
  },
  {
    name: 'share sheet with an item of the app',
    open: call('biz.util.share', {
      type: 0,
      url: 'https://example.com/report/7',
      title: longTitle,
      content: '本周进展',
      image: '',
      custom_addon: { poster: { title: '生成分享海报并保存到相册', iconUrl: '' } },
    }),
    shown: shownDialog,
    platform: 'ios',
  },
  {
    name: 'generic dialog (an API without its own)',
    open: call('biz.contact.externalComplexPicker', { corpId, title: '选择外部联系人' }),
    shown: shownDialog,
  },
];

/** The host rendered into the page area of `surface`'s frame, as the Storybook decorator does. */
function InSurface({ surface, bridge, locale }: { surface: Surface; bridge: Bridge; locale: MockLocale }) {
  const [pageArea, setPageArea] = useState<HTMLDivElement | null>(null);
  return (
    <>
      <SurfaceFrame surface={surface} pageRef={setPageArea}>
        <p>审批</p>
      </SurfaceFrame>
      {pageArea && <MockDingTalkHost bridge={bridge} locale={locale} container={pageArea} />}
    </>
  );
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function measure(item: Case, surface: Surface, locale: MockLocale, placement: 'surface' | 'viewport') {
  const { bridge, controller } = createMockBridge({ downloadMs: 600_000, platform: item.platform });
  cleanup = () => controller.reset();
  let area: () => DOMRect;
  if (placement === 'surface') {
    await page.viewport(1280, 1000);
    await render(
      <StrictMode>
        <InSurface surface={surface} bridge={bridge} locale={locale} />
      </StrictMode>,
    );
    await expect.poll(() => document.querySelector('[data-surface-page]')).not.toBeNull();
    const pageArea = document.querySelector('[data-surface-page]') as HTMLElement;
    area = () => pageArea.getBoundingClientRect();
  } else {
    // A page opened in a browser (or DingTalk's webview) of the surface's page size.
    await page.viewport(surface.width, surface.height - surface.titleBarHeight);
    await render(
      <StrictMode>
        <MockDingTalkHost bridge={bridge} locale={locale} />
      </StrictMode>,
    );
    area = () => new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  }
  // Left pending: reset() cancels it after the test.
  item.open(bridge).catch((error: { code?: string }) => {
    if (error.code !== 'CANCELLED') throw error;
  });
  const root = await item.shown();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return misfits(root, area());
}

describe.each(surfaces)('MockDingTalkHost in the $label surface (zh-CN)', (surface) => {
  it.each(cases)('$name fits', async (item) => {
    expect(await measure(item, surface, 'zh-CN', 'surface')).toEqual([]);
  });
});

describe.each(surfaces)(
  'MockDingTalkHost in a browser window the size of the $label page (en)',
  (surface) => {
    it.each(cases)('$name fits', async (item) => {
      expect(await measure(item, surface, 'en', 'viewport')).toEqual([]);
    });
  },
);

describe('the measurements', () => {
  it('take Chinese text at its real width, 1em a character', async () => {
    const screen = await render(<span style={{ fontFamily: '"PingFang SC"', fontSize: 14 }}>审批</span>);
    expect(screen.container.querySelector('span')?.getBoundingClientRect().width).toBe(28);
  });

  it('find names cut to one character (the picker with a fixed 220px chosen column at 360px)', async () => {
    const fixedColumn = document.createElement('style');
    fixedColumn.textContent = '.dkm-picker { grid-template-columns: minmax(0, 1fr) 220px !important; }';
    document.head.append(fixedColumn);
    try {
      const pane = surfaces.find((surface) => surface.id === 'pane') as Surface;
      const picker = cases.find((item) => item.name === 'contact picker with people chosen') as Case;
      const found = await measure(picker, pane, 'zh-CN', 'viewport');
      expect(found).toContainEqual(expect.stringMatching(/^"张伟" in <span class="dkm-option__name">/));
    } finally {
      fixedColumn.remove();
    }
  });
});
