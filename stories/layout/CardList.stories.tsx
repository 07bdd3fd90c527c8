import { CardList, CardListItem, DingTalkLayout } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { on } from './withSurface';

export default { title: 'Layout/CardList' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

const apps = [
  ['考勤打卡', '上下班打卡、外勤签到'],
  ['审批', '请假、报销、用印、采购'],
  ['日志', '日报、周报、月报'],
  ['钉盘', '企业文件存储与共享'],
  ['智能人事', '花名册、入转调离'],
  ['公告', '企业内部通知'],
] as const;

function Apps() {
  return (
    <DingTalkLayout>
      <div style={{ padding: 'var(--dk-space-4) var(--dk-gutter)' }}>
        <CardList aria-label="工作台应用">
          {apps.map(([name, summary]) => (
            <CardListItem key={name}>
              <strong>{name}</strong>
              <br />
              <span style={{ color: 'var(--dk-color-text-secondary)' }}>{summary}</span>
            </CardListItem>
          ))}
        </CardList>
      </div>
    </DingTalkLayout>
  );
}

const columns = (canvasElement: HTMLElement) =>
  new Set(
    within(canvasElement)
      .getAllByRole('listitem')
      .map((item) => Math.round(item.getBoundingClientRect().left)),
  ).size;

/** Two columns in the default window. */
export function Grid() {
  return <Apps />;
}
Object.assign(Grid, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    await expect(columns(canvasElement)).toBe(2);
  },
});

/** One column in the pane. */
export function GridInPane() {
  return <Apps />;
}
Object.assign(GridInPane, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    await expect(columns(canvasElement)).toBe(1);
  },
});

/** More columns in a window dragged wide. */
export function GridDraggedWide() {
  return <Apps />;
}
Object.assign(GridDraggedWide, on('micro-app', { surfaceWidth: 1024 }), {
  play: async ({ canvasElement }: Play) => {
    await expect(columns(canvasElement)).toBeGreaterThanOrEqual(3);
  },
});

/** A list of selectable cards: each is one button; the chosen one is marked current. */
export function SelectableList() {
  const [current, setCurrent] = useState('审批');
  return (
    <DingTalkLayout>
      <CardList variant="list" aria-label="应用">
        {apps.map(([name, summary]) => (
          <CardListItem key={name} selected={name === current} onSelect={() => setCurrent(name)}>
            <span style={{ display: 'block', fontWeight: 500 }}>{name}</span>
            <span style={{ color: 'var(--dk-color-text-secondary)' }}>{summary}</span>
          </CardListItem>
        ))}
      </CardList>
    </DingTalkLayout>
  );
}
Object.assign(SelectableList, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /日志/ }));
    await expect(canvas.getByRole('button', { name: /日志/ })).toHaveAttribute('aria-current', 'true');
    await expect(canvas.getByRole('button', { name: /审批/ })).not.toHaveAttribute('aria-current');
  },
});
