import { CardList, CardListItem, DingImage, DingTalkLayout, MasterDetail, PageHeader } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { demoResize, people } from './sample/people';
import { on } from './withSurface';

export default { title: 'Layout/MasterDetail' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

function Contacts({ initialId }: { initialId?: string }) {
  const [selectedId, setSelectedId] = useState(initialId);
  const person = people.find((candidate) => candidate.id === selectedId);
  return (
    <DingTalkLayout>
      <MasterDetail
        listTitle="同事"
        onBack={() => setSelectedId(undefined)}
        placeholder={
          <p style={{ padding: 'var(--dk-space-5) var(--dk-gutter)', margin: 0 }}>选择一位同事。</p>
        }
        detail={
          person && (
            <>
              <PageHeader level={2} title={person.name} description={person.department} />
              <p
                style={{
                  display: 'flex',
                  gap: 12,
                  alignItems: 'center',
                  padding: '16px var(--dk-gutter)',
                  margin: 0,
                }}
              >
                <DingImage
                  src={person.avatar}
                  resize={demoResize}
                  alt={`${person.name}的头像`}
                  width={64}
                  shape="circle"
                />
                <span>工号 {person.id.toUpperCase()}</span>
              </p>
            </>
          )
        }
        list={
          <CardList variant="list">
            {people.map((candidate) => (
              <CardListItem
                key={candidate.id}
                selected={candidate.id === selectedId}
                onSelect={() => setSelectedId(candidate.id)}
              >
                <span style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                  <DingImage src={candidate.avatar} resize={demoResize} alt="" width={32} shape="circle" />
                  <span>
                    {candidate.name}{' '}
                    <span style={{ color: 'var(--dk-color-text-secondary)' }}>{candidate.department}</span>
                  </span>
                </span>
              </CardListItem>
            ))}
          </CardList>
        }
      />
    </DingTalkLayout>
  );
}

/** In the 360px pane: one column. Choosing a colleague replaces the list; 返回 brings it back. */
export function InPane() {
  return <Contacts />;
}
Object.assign(InPane, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /李四/ }));
    await waitFor(() => expect(canvas.getByRole('heading', { name: '李四', level: 2 })).toBeVisible());
    await expect(canvas.queryByRole('region', { name: '同事' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: '返回' }));
    await waitFor(() => expect(canvas.getByRole('region', { name: '同事' })).toBeVisible());
    await expect(canvas.queryByRole('button', { name: '返回' })).toBeNull();
    await expect(canvas.getByRole('button', { name: /李四/ })).toHaveFocus();
  },
});

/** In the pane with a colleague open: the detail fills the pane under a back button. */
export function InPaneWithDetail() {
  return <Contacts initialId="wangwu" />;
}
Object.assign(InPaneWithDetail, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    const back = await canvas.findByRole('button', { name: '返回' });
    await expect(back.tagName).toBe('BUTTON');
    await expect(canvas.getByRole('region', { name: '详情' }).getBoundingClientRect().width).toBeGreaterThan(
      300,
    );
  },
});

/** The default 585px window has one column too (two start at 768px: see `splitFrom`). */
export function InMicroApp() {
  return <Contacts initialId="zhangsan" />;
}
Object.assign(InMicroApp, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    await within(canvasElement).findByRole('button', { name: '返回' });
  },
});

/** A window dragged to 1024px: list and detail side by side, no back button. */
export function DraggedWide() {
  return <Contacts initialId="zhangsan" />;
}
Object.assign(DraggedWide, on('micro-app', { surfaceWidth: 1024 }), {
  play: async ({ canvasElement }: Play) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('region', { name: '同事' });
    const detail = canvas.getByRole('region', { name: '详情' });
    await expect(detail.getBoundingClientRect().left).toBeGreaterThanOrEqual(
      list.getBoundingClientRect().right - 1,
    );
    await expect(canvas.queryByRole('button', { name: '返回' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: /赵六/ }));
    await waitFor(() => expect(canvas.getByRole('heading', { name: '赵六', level: 2 })).toBeVisible());
  },
});

/** Wide with nothing selected: the placeholder holds the detail column. */
export function WideNothingSelected() {
  return <Contacts />;
}
Object.assign(WideNothingSelected, on('micro-app', { surfaceWidth: 1024 }), {
  play: async ({ canvasElement }: Play) => {
    await within(canvasElement).findByText('选择一位同事。');
  },
});
