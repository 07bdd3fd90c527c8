import { ActionBar, DingTalkLayout } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { on } from './withSurface';

export default { title: 'Layout/ActionBar' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

function Approve({ more = false }: { more?: boolean }) {
  return (
    <DingTalkLayout>
      <p style={{ padding: '0 var(--dk-gutter)' }}>张三的请假申请：年假 3 天。</p>
      <ActionBar label="审批操作">
        <button type="button" className="dk-button dk-button-primary">
          同意
        </button>
        <button type="button" className="dk-button dk-button-danger">
          拒绝
        </button>
        <button type="button" className="dk-button">
          转交
        </button>
        {more &&
          ['加签', '退回到上一个审批节点', '抄送给部门同事', '评论', '查看完整审批流程图', '打印审批单'].map(
            (label) => (
              <button key={label} type="button" className="dk-button">
                {label}
              </button>
            ),
          )}
      </ActionBar>
    </DingTalkLayout>
  );
}

const buttonsOf = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('group', { name: '审批操作' })).getAllByRole('button');

/** In the 360px pane the actions stack, each full width, the primary one on top. */
export function InPane() {
  return <Approve />;
}
Object.assign(InPane, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const group = within(canvasElement).getByRole('group', { name: '审批操作' });
    const style = getComputedStyle(group);
    const inner =
      group.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    const buttons = buttonsOf(canvasElement);
    for (const button of buttons) await expect(button.getBoundingClientRect().width).toBeCloseTo(inner, 0);
    await expect(buttons[0]).toHaveTextContent('同意');
    await expect(buttons[0]!.getBoundingClientRect().top).toBeLessThan(
      buttons[1]!.getBoundingClientRect().top,
    );
  },
});

/** In the default window the actions sit in one row at the end. */
export function InMicroApp() {
  return <Approve />;
}
Object.assign(InMicroApp, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const tops = new Set(
      buttonsOf(canvasElement).map((button) => Math.round(button.getBoundingClientRect().top)),
    );
    await expect(tops.size).toBe(1);
  },
});

/** More actions than fit in one row wrap onto the next before anything stacks. */
export function Wrapping() {
  return <Approve more />;
}
Object.assign(Wrapping, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const tops = new Set(
      buttonsOf(canvasElement).map((button) => Math.round(button.getBoundingClientRect().top)),
    );
    await expect(tops.size).toBeGreaterThan(1);
    await expect(tops.size).toBeLessThan(9);
  },
});

/** Many actions in the pane: a full-width stack. */
export function WrappingInPane() {
  return <Approve more />;
}
Object.assign(WrappingInPane, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const tops = new Set(
      buttonsOf(canvasElement).map((button) => Math.round(button.getBoundingClientRect().top)),
    );
    await expect(tops.size).toBe(9);
  },
});
