import {
  DingTalkLayout,
  FormField,
  FormLayout,
  ModalFrame,
  type ModalFrameSize,
  modalSizes,
  SlidePanelFrame,
  titleBarHeight,
} from '@dingkit/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn, useWideViewport } from './harness';

beforeAll(useWideViewport);

const footer = (
  <>
    <button type="button" className="dk-button">
      取消
    </button>
    <button type="button" className="dk-button dk-button-primary">
      确定
    </button>
  </>
);

const fields = (count: number) => (
  <FormLayout>
    {Array.from({ length: count }, (_, index) => `字段${index + 1}`).map((label) => (
      <FormField key={label} label={label}>
        {(control) => <input {...control} className="dk-input" />}
      </FormField>
    ))}
  </FormLayout>
);

/** What ModalFrame's documentation promises fits each size without scrolling. */
const documented: Record<ModalFrameSize, ReactNode> = {
  large: fields(8),
  middle: (
    <>
      <p style={{ margin: '0 0 12px' }}>请填写转交信息。</p>
      {fields(2)}
    </>
  ),
  mini: <p style={{ margin: 0 }}>确定撤回这条审批吗？</p>,
};

const sizes = Object.keys(modalSizes) as ModalFrameSize[];

describe('ModalFrame', () => {
  for (const size of sizes) {
    const { width, height } = modalSizes[size];
    const page = height - titleBarHeight;

    it(`fills the ${size} modal (${width}×${height} with the title bar) and fits its documented content without scrollbars`, async () => {
      const { frame } = await renderIn(
        <DingTalkLayout>
          <ModalFrame size={size} footer={footer}>
            {documented[size]}
          </ModalFrame>
        </DingTalkLayout>,
        width,
        page,
      );
      const modal = frame.querySelector<HTMLElement>('.dk-modal')!.getBoundingClientRect();
      expect(modal.width).toBeCloseTo(width, 0);
      expect(modal.height).toBeCloseTo(page, 0);
      const body = frame.querySelector<HTMLElement>('.dk-frame-body')!;
      for (const element of [frame, body]) {
        expect(element.scrollHeight).toBeLessThanOrEqual(element.clientHeight);
        expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
      }
      const buttons = [...frame.querySelectorAll('.dk-frame-footer button')].map((b) =>
        b.getBoundingClientRect(),
      );
      expect(new Set(buttons.map((box) => Math.round(box.top))).size).toBe(1);
      expect(buttons.at(-1)!.bottom).toBeLessThanOrEqual(frame.getBoundingClientRect().bottom);
    });
  }

  it('scrolls the body, not the page, when the content is longer than documented, keeping the footer in view', async () => {
    const { frame, getByRole } = await renderIn(
      <DingTalkLayout>
        <ModalFrame size="middle" footer={footer}>
          {fields(8)}
        </ModalFrame>
      </DingTalkLayout>,
      440,
      260,
    );
    const body = frame.querySelector<HTMLElement>('.dk-frame-body')!;
    expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
    expect(frame.scrollHeight).toBeLessThanOrEqual(frame.clientHeight);
    await expect.element(getByRole('button', { name: '确定' })).toBeInViewport();
  });
});

describe('SlidePanelFrame', () => {
  it('fills the panel height with the footer at the bottom, full width in a 400px panel', async () => {
    const { frame } = await renderIn(
      <DingTalkLayout>
        <SlidePanelFrame footer={footer}>{fields(20)}</SlidePanelFrame>
      </DingTalkLayout>,
      400,
      600,
    );
    const panel = frame.querySelector<HTMLElement>('.dk-slidepanel')!.getBoundingClientRect();
    expect(panel.height).toBeCloseTo(600, 0);
    expect(frame.scrollHeight).toBeLessThanOrEqual(frame.clientHeight);
    const footerBox = frame.querySelector('.dk-frame-footer')!.getBoundingClientRect();
    expect(footerBox.bottom).toBeCloseTo(panel.bottom, 0);
    const buttons = [...frame.querySelectorAll('.dk-frame-footer button')].map((b) =>
      b.getBoundingClientRect(),
    );
    expect(buttons[0]!.width).toBeCloseTo(buttons[1]!.width, 0);
    expect(buttons[0]!.top).toBeLessThan(buttons[1]!.top);
  });
});
