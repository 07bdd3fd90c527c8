import { ActionBar, DingTalkLayout, PageHeader } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { on } from './withSurface';

export default { title: 'Layout/PageHeader' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

const actions = (
  <>
    <button type="button" className="dk-button dk-button-primary">
      发起审批
    </button>
    <button type="button" className="dk-button">
      导出
    </button>
  </>
);

/** Title, description and actions on one line in the default window. */
export function WithActions() {
  return (
    <DingTalkLayout>
      <PageHeader title="审批" description="3 条待我审批" actions={actions} />
    </DingTalkLayout>
  );
}
Object.assign(WithActions, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    const title = canvas.getByRole('heading', { name: '审批', level: 1 });
    const button = canvas.getByRole('button', { name: '发起审批' });
    await expect(canvas.getByRole('banner')).toContainElement(title);
    await expect(
      Math.abs(button.getBoundingClientRect().top - title.getBoundingClientRect().top),
    ).toBeLessThan(16);
  },
});

/** In the pane a long title wraps and the actions move under it, still after it in focus order. */
export function InPane() {
  return (
    <DingTalkLayout>
      <PageHeader title="2024年第二季度市场部差旅报销汇总" description="3 条待我审批" actions={actions} />
    </DingTalkLayout>
  );
}
Object.assign(InPane, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    const title = canvas.getByRole('heading', { level: 1 });
    await expect(
      canvas.getByRole('button', { name: '发起审批' }).getBoundingClientRect().top,
    ).toBeGreaterThan(title.getBoundingClientRect().bottom - 1);
  },
});

/** A back button before the title, for a sub-page. */
export function WithBackButton() {
  const [backs, setBacks] = useState(0);
  return (
    <DingTalkLayout>
      <PageHeader title="请假申请" level={2} onBack={() => setBacks((count) => count + 1)} />
      <p style={{ padding: '0 var(--dk-gutter)' }}>
        返回次数 <output aria-label="backs">{backs}</output>
      </p>
    </DingTalkLayout>
  );
}
Object.assign(WithBackButton, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '返回' }));
    await expect(canvas.getByLabelText('backs')).toHaveTextContent('1');
    await expect(canvas.getByRole('heading', { name: '请假申请', level: 2 })).toBeVisible();
  },
});

/** Children get rows of their own under the title and actions: here a row of filters. */
export function WithFilters() {
  return (
    <DingTalkLayout>
      <PageHeader title="审批" actions={actions}>
        <ActionBar label="筛选" align="start" stack={false}>
          <button type="button" className="dk-button" aria-pressed="true">
            待我审批
          </button>
          <button type="button" className="dk-button" aria-pressed="false">
            我已审批
          </button>
        </ActionBar>
      </PageHeader>
    </DingTalkLayout>
  );
}
Object.assign(WithFilters, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    const header = canvas.getByRole('banner');
    const title = canvas.getByRole('heading', { name: '审批', level: 1 }).getBoundingClientRect();
    const filters = canvas.getByRole('group', { name: '筛选' });
    await expect(header).toContainElement(filters);
    const row = filters.getBoundingClientRect();
    const style = getComputedStyle(header);
    const content =
      header.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    await expect(row.top).toBeGreaterThanOrEqual(title.bottom);
    await expect(Math.abs(row.left - title.left)).toBeLessThan(1);
    await expect(Math.abs(row.width - content)).toBeLessThan(1);
  },
});
