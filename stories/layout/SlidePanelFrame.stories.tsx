import { DingTalkLayout, FormField, FormLayout, PageHeader, SlidePanelFrame } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { on, surfaceContent } from './withSurface';

export default { title: 'Layout/SlidePanelFrame' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

/** A slide panel page: the body scrolls under DingTalk's title, the actions stay at the bottom. */
export function Default() {
  return (
    <DingTalkLayout>
      <SlidePanelFrame
        footer={
          <>
            <button type="button" className="dk-button dk-button-primary">
              保存
            </button>
            <button type="button" className="dk-button">
              取消
            </button>
          </>
        }
      >
        <PageHeader level={2} title="编辑日志" description="今日工作" />
        <FormLayout style={{ paddingTop: 16 }}>
          {['今日完成', '未完成', '需协调', '备注', '明日计划', '风险'].map((label) => (
            <FormField key={label} label={label}>
              {(control) => <textarea {...control} className="dk-input" rows={3} />}
            </FormField>
          ))}
        </FormLayout>
      </SlidePanelFrame>
    </DingTalkLayout>
  );
}
Object.assign(Default, on('slide-panel', { surfaceTitle: '日志' }), {
  play: async ({ canvasElement }: Play) => {
    const content = surfaceContent(canvasElement);
    await expect(content.scrollHeight).toBeLessThanOrEqual(content.clientHeight);
    const save = within(canvasElement).getByRole('button', { name: '保存' }).getBoundingClientRect();
    await expect(save.bottom).toBeLessThanOrEqual(content.getBoundingClientRect().bottom);
    await expect(save.width).toBeGreaterThan(300);
  },
});
