import { ActionBar, DingTalkLayout } from '@dingkit/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { dragTo, renderIn, useWideViewport, widths } from './harness';

beforeAll(useWideViewport);

const labels = ['同意', '拒绝', '转交', '加签', '退回', '抄送'];

function Bar({ count = 3, stack }: { count?: number; stack?: boolean }) {
  return (
    <DingTalkLayout>
      <ActionBar label="审批操作" stack={stack}>
        {labels.slice(0, count).map((label, index) => (
          <button
            key={label}
            type="button"
            className={index === 0 ? 'dk-button dk-button-primary' : 'dk-button'}
          >
            {label}
          </button>
        ))}
      </ActionBar>
    </DingTalkLayout>
  );
}

function measure(frame: HTMLElement) {
  const bar = frame.querySelector<HTMLElement>('.dk-actionbar')!;
  const style = getComputedStyle(bar);
  const inner =
    bar.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
  const buttons = [...bar.querySelectorAll('button')].map((button) => button.getBoundingClientRect());
  return { inner, buttons, rows: new Set(buttons.map((box) => Math.round(box.top))).size };
}

describe('ActionBar', () => {
  for (const width of widths.filter((w) => w < 480)) {
    it(`stacks full-width buttons at ${width}px, in DOM order from the top`, async () => {
      const { frame, getByRole } = await renderIn(<Bar />, width);
      await expect.element(getByRole('group', { name: '审批操作' })).toBeVisible();
      const { inner, buttons, rows } = measure(frame);
      expect(rows).toBe(3);
      for (const box of buttons) expect(box.width).toBeCloseTo(inner, 0);
      expect(buttons[0]!.top).toBeLessThan(buttons[1]!.top);
    });
  }

  for (const width of widths.filter((w) => w >= 480)) {
    it(`keeps one row of buttons sized to their text at ${width}px`, async () => {
      const { frame } = await renderIn(<Bar />, width);
      const { inner, buttons, rows } = measure(frame);
      expect(rows).toBe(1);
      for (const box of buttons) expect(box.width).toBeLessThan(inner / 2);
      expect(buttons[0]!.left).toBeLessThan(buttons[1]!.left);
    });
  }

  it('wraps onto a second row before stacking when the buttons do not fit in one', async () => {
    const { frame } = await renderIn(
      <DingTalkLayout>
        <ActionBar>
          {labels.map((label) => (
            <button key={label} type="button" className="dk-button" style={{ width: 120 }}>
              {label}
            </button>
          ))}
        </ActionBar>
      </DingTalkLayout>,
      585,
    );
    const { inner, buttons, rows } = measure(frame);
    expect(rows).toBe(2);
    for (const box of buttons) expect(box.width).toBeLessThan(inner);
  });

  it('keeps a row in the pane when stack is off', async () => {
    const { frame } = await renderIn(<Bar count={2} stack={false} />, 360);
    expect(measure(frame).rows).toBe(1);
  });

  it('switches from row to stack when dragged across 480px', async () => {
    const { frame } = await renderIn(<Bar />, 480);
    expect(measure(frame).rows).toBe(1);
    await dragTo(frame, 479);
    expect(measure(frame).rows).toBe(3);
    await dragTo(frame, 480);
    expect(measure(frame).rows).toBe(1);
  });
});
