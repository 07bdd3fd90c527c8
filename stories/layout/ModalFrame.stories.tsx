import { DingTalkLayout, FormField, FormLayout, ModalFrame } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { on, surfaceContent } from './withSurface';

export default { title: 'Layout/ModalFrame' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

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

const fieldNames = ['审批人', '抄送人', '请假类型', '开始时间', '结束时间', '时长', '事由', '附件'];

function Fields({ count }: { count: number }) {
  return (
    <FormLayout>
      {fieldNames.slice(0, count).map((name) => (
        <FormField key={name} label={name}>
          {(control) => <input {...control} className="dk-input" />}
        </FormField>
      ))}
    </FormLayout>
  );
}

/** Fits without a scrollbar: the frame's body does not scroll and the buttons are in view. */
async function fits(canvasElement: HTMLElement) {
  const content = surfaceContent(canvasElement);
  const body = canvasElement.querySelector<HTMLElement>('.dk-frame-body')!;
  await expect(content.scrollHeight).toBeLessThanOrEqual(content.clientHeight);
  await expect(body.scrollHeight).toBeLessThanOrEqual(body.clientHeight);
  await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
  const confirm = within(canvasElement).getByRole('button', { name: '确定' }).getBoundingClientRect();
  await expect(confirm.bottom).toBeLessThanOrEqual(content.getBoundingClientRect().bottom);
}

/** The default (large) modal, 676×545 with the title: a form of eight fields fits. */
export function Large() {
  return (
    <DingTalkLayout>
      <ModalFrame footer={footer}>
        <Fields count={8} />
      </ModalFrame>
    </DingTalkLayout>
  );
}
Object.assign(Large, on('modal-large', { surfaceTitle: '发起请假' }), {
  play: async ({ canvasElement }: Play) => fits(canvasElement),
});

/** `size: 'middle'`, 440×300 with the title: a line of text and two fields. */
export function Middle() {
  return (
    <DingTalkLayout>
      <ModalFrame size="middle" footer={footer}>
        <p style={{ margin: '0 0 12px' }}>转交后由对方继续审批。</p>
        <Fields count={2} />
      </ModalFrame>
    </DingTalkLayout>
  );
}
Object.assign(Middle, on('modal-middle', { surfaceTitle: '转交' }), {
  play: async ({ canvasElement }: Play) => fits(canvasElement),
});

/** `size: 'mini'`, 366×120 with the title: one line and the buttons. */
export function Mini() {
  return (
    <DingTalkLayout>
      <ModalFrame size="mini" footer={footer}>
        <p style={{ margin: 0 }}>确定撤回这条审批吗？</p>
      </ModalFrame>
    </DingTalkLayout>
  );
}
Object.assign(Mini, on('modal-mini', { surfaceTitle: '撤回' }), {
  play: async ({ canvasElement }: Play) => fits(canvasElement),
});

/** More than the middle modal holds: the body scrolls, the buttons stay. */
export function MiddleOverflowing() {
  return (
    <DingTalkLayout>
      <ModalFrame size="middle" footer={footer}>
        <Fields count={8} />
      </ModalFrame>
    </DingTalkLayout>
  );
}
Object.assign(MiddleOverflowing, on('modal-middle', { surfaceTitle: '转交' }), {
  play: async ({ canvasElement }: Play) => {
    const body = canvasElement.querySelector<HTMLElement>('.dk-frame-body')!;
    await expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
    const content = surfaceContent(canvasElement);
    const confirm = within(canvasElement).getByRole('button', { name: '确定' }).getBoundingClientRect();
    await expect(confirm.bottom).toBeLessThanOrEqual(content.getBoundingClientRect().bottom);
  },
});
