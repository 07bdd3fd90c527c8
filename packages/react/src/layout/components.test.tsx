import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type HTMLAttributes, type ReactElement, type RefCallback, StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ActionBar } from './ActionBar';
import { CardList } from './CardList';
import { CardListItem } from './CardListItem';
import { DingImage } from './DingImage';
import { DingTalkLayout } from './DingTalkLayout';
import { FormField } from './FormField';
import { FormLayout } from './FormLayout';
import { MasterDetail } from './MasterDetail';
import { ModalFrame } from './ModalFrame';
import { PageHeader } from './PageHeader';
import { SlidePanelFrame } from './SlidePanelFrame';

/** What a caller puts on a component besides its own props. */
type RootProps = Omit<HTMLAttributes<HTMLElement>, 'onSelect'> & {
  ref: RefCallback<HTMLElement>;
  [data: `data-${string}`]: string;
};

interface Case {
  /** The root element's tag. */
  tag: string;
  /** The class name the component gives its root. */
  className: string;
  /** A state attribute the component sets on its root, and its value here: it wins over the caller's. */
  state?: [name: `data-${string}`, value: string];
  render: (root: RootProps) => ReactElement;
}

const cases: Record<string, Case> = {
  ActionBar: {
    tag: 'DIV',
    className: 'dk-actionbar',
    state: ['data-align', 'start'],
    render: (root) => <ActionBar {...root} align="start" />,
  },
  CardList: {
    tag: 'UL',
    className: 'dk-cardlist',
    state: ['data-variant', 'list'],
    render: (root) => <CardList {...root} variant="list" />,
  },
  CardListItem: {
    tag: 'LI',
    className: 'dk-card',
    state: ['data-selected', 'true'],
    render: (root) => <CardListItem {...root} selected />,
  },
  DingImage: {
    tag: 'IMG',
    className: 'dk-image',
    state: ['data-shape', 'circle'],
    render: (root) => <DingImage {...root} src="https://static.dingtalk.com/a.jpg" alt="" shape="circle" />,
  },
  DingTalkLayout: {
    tag: 'DIV',
    className: 'dk-layout',
    state: ['data-dk-band', 'compact'],
    render: (root) => <DingTalkLayout {...root} initialBand="compact" />,
  },
  FormField: {
    tag: 'DIV',
    className: 'dk-field',
    state: ['data-invalid', 'true'],
    render: (root) => (
      <FormField {...root} label="姓名" error="请填写姓名">
        {(control) => <input {...control} />}
      </FormField>
    ),
  },
  FormLayout: { tag: 'DIV', className: 'dk-form', render: (root) => <FormLayout {...root} /> },
  MasterDetail: {
    tag: 'DIV',
    className: 'dk-md',
    state: ['data-columns', '1'],
    render: (root) => <MasterDetail {...root} listTitle="审批" list={null} onBack={() => {}} />,
  },
  ModalFrame: {
    tag: 'DIV',
    className: 'dk-modal',
    state: ['data-size', 'mini'],
    render: (root) => <ModalFrame {...root} size="mini" />,
  },
  PageHeader: {
    tag: 'HEADER',
    className: 'dk-page-header',
    render: (root) => <PageHeader {...root} title="审批" />,
  },
  SlidePanelFrame: {
    tag: 'DIV',
    className: 'dk-slidepanel',
    render: (root) => <SlidePanelFrame {...root} />,
  },
};

describe('every layout component with a DOM root', () => {
  it.each(Object.entries(cases))(
    '%s puts the caller’s ref and props on its root',
    async (_, { tag, className, state, render: ui }) => {
      let refNode: HTMLElement | null = null;
      const onClick = vi.fn();
      const { container } = render(
        <StrictMode>
          {ui({
            ref: (node) => {
              refNode = node;
            },
            id: 'root',
            className: 'mine',
            style: { marginTop: 7 },
            'aria-describedby': 'help',
            'data-testid': 'root',
            onClick,
            ...(state && { [state[0]]: 'from the caller' }),
          })}
        </StrictMode>,
      );
      const root = screen.getByTestId('root');
      expect(container.firstElementChild).toBe(root);
      expect(refNode).toBe(root);
      expect(root.tagName).toBe(tag);
      expect(root.id).toBe('root');
      expect([...root.classList]).toEqual(expect.arrayContaining([className, 'mine']));
      expect(root.style.marginTop).toBe('7px');
      expect(root.getAttribute('aria-describedby')).toBe('help');
      if (state) expect(root.getAttribute(state[0])).toBe(state[1]);
      await userEvent.click(root);
      expect(onClick).toHaveBeenCalledOnce();
    },
  );

  it('clears the ref when it unmounts', () => {
    let refNode: HTMLElement | null = null;
    const { unmount } = render(
      <StrictMode>
        <ActionBar
          ref={(node) => {
            refNode = node;
          }}
        />
      </StrictMode>,
    );
    expect(refNode).toBeInstanceOf(HTMLDivElement);
    unmount();
    expect(refNode).toBeNull();
  });

  it('merges the caller’s style with the custom properties of CardList and FormLayout', () => {
    render(
      <StrictMode>
        <CardList aria-label="应用" minItemWidth={200} style={{ padding: 4 }} />
        <FormLayout data-testid="form" labelWidth="8em" style={{ padding: 5 }} />
      </StrictMode>,
    );
    const list = screen.getByRole('list', { name: '应用' });
    expect(list.style.getPropertyValue('--dk-card-min')).toBe('200px');
    expect(list.style.padding).toBe('4px');
    const form = screen.getByTestId('form');
    expect(form.style.getPropertyValue('--dk-label-width')).toBe('8em');
    expect(form.style.padding).toBe('5px');
  });

  it('keeps a caller’s data-theme on DingTalkLayout when `theme` is not given', () => {
    render(
      <StrictMode>
        <DingTalkLayout data-testid="attribute" data-theme="dark" />
        <DingTalkLayout data-testid="prop" theme="light" />
      </StrictMode>,
    );
    expect(screen.getByTestId('attribute').dataset.theme).toBe('dark');
    expect(screen.getByTestId('prop').dataset.theme).toBe('light');
  });
});

describe('with open props, the components still do their own work', () => {
  it('ActionBar names its group, and a caller’s role overrides it', () => {
    render(
      <StrictMode>
        <ActionBar label="审批操作" id="actions" />
        <ActionBar label="工具栏" role="toolbar" />
      </StrictMode>,
    );
    expect(screen.getByRole('group', { name: '审批操作' }).id).toBe('actions');
    expect(screen.getByRole('toolbar', { name: '工具栏' })).toBeTruthy();
  });

  it('CardListItem selects through its button and passes other props to the <li>', async () => {
    const onSelect = vi.fn();
    const onClick = vi.fn();
    render(
      <StrictMode>
        <CardList aria-label="同事">
          <CardListItem onSelect={onSelect} onClick={onClick} title="张三，产品部" selected>
            <span>张三</span>
          </CardListItem>
        </CardList>
      </StrictMode>,
    );
    const item = screen.getByRole('listitem');
    expect(item.title).toBe('张三，产品部');
    const button = within(item).getByRole('button', { name: '张三' });
    expect(button.getAttribute('aria-current')).toBe('true');
    await userEvent.click(button);
    expect(onSelect).toHaveBeenCalledOnce();
    // The click bubbles to the caller's handler on the <li>.
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('FormField wires its control by the control’s id, not the root’s', () => {
    render(
      <StrictMode>
        <FormField id="field-row" data-testid="row" label="事由" hint="最多 200 字" error="请填写事由">
          {(control) => <input {...control} />}
        </FormField>
      </StrictMode>,
    );
    const input = screen.getByRole('textbox', { name: '事由' });
    expect(input.id).not.toBe('field-row');
    expect(screen.getByTestId('row').id).toBe('field-row');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toEqual([
      '最多 200 字',
      '请填写事由',
    ]);
  });

  it('PageHeader renders its children after the title and actions', () => {
    render(
      <StrictMode>
        <PageHeader title="审批" aria-label="审批页头" actions={<button type="button">发起审批</button>}>
          <input type="search" aria-label="搜索审批" />
        </PageHeader>
      </StrictMode>,
    );
    const header = screen.getByRole('banner', { name: '审批页头' });
    const order = [
      within(header).getByRole('heading', { name: '审批', level: 1 }),
      within(header).getByRole('button', { name: '发起审批' }),
      within(header).getByRole('searchbox', { name: '搜索审批' }),
    ];
    for (const [index, element] of order.slice(1).entries()) {
      expect(order[index]!.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('MasterDetail goes back from a detail with the caller’s props on its root', async () => {
    function Page() {
      const [selected, setSelected] = useState<string | undefined>('张三');
      return (
        <DingTalkLayout initialBand="compact">
          <MasterDetail
            aria-label="通讯录"
            role="group"
            listTitle="同事"
            list={<p>同事列表</p>}
            detail={selected && <p>{selected}的详情</p>}
            onBack={() => setSelected(undefined)}
          />
        </DingTalkLayout>
      );
    }
    render(
      <StrictMode>
        <Page />
      </StrictMode>,
    );
    const root = screen.getByRole('group', { name: '通讯录' });
    expect(within(root).getByText('张三的详情')).toBeTruthy();
    // Outside a provider the label follows the browser's language: jsdom's is en-US.
    await userEvent.click(within(root).getByRole('button', { name: 'Back' }));
    expect(within(root).queryByText('张三的详情')).toBeNull();
    expect(within(root).getByRole('region', { name: '同事' })).toBeTruthy();
  });
});
