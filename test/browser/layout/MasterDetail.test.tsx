import { DingTalkLayout, MasterDetail } from '@dingkit/react';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ApprovalPage } from '../../../stories/layout/sample/ApprovalPage';
import { dragTo, renderIn, useWideViewport } from './harness';

beforeAll(useWideViewport);
// Outside a provider the back button and the detail's name follow the browser's language: the
// assertions read Chinese whatever the machine's language is.
beforeAll(() => {
  Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });
});
afterAll(() => {
  Reflect.deleteProperty(navigator, 'language');
});

function Inbox({ splitFrom }: { splitFrom?: 'regular' | 'wide' }) {
  const [open, setOpen] = useState<string>();
  return (
    <DingTalkLayout>
      <MasterDetail
        listTitle="消息"
        splitFrom={splitFrom}
        onBack={() => setOpen(undefined)}
        placeholder={<p>未选择</p>}
        detail={open && <p>正文：{open}</p>}
        list={
          <ul>
            {['一', '二'].map((name) => (
              <li key={name}>
                <button type="button" onClick={() => setOpen(name)}>
                  消息{name}
                </button>
              </li>
            ))}
          </ul>
        }
      />
    </DingTalkLayout>
  );
}

const regions = (frame: HTMLElement) => ({
  list: frame.querySelector<HTMLElement>('.dk-md-list')!,
  detail: frame.querySelector<HTMLElement>('.dk-md-detail'),
});

describe('MasterDetail', () => {
  it('shows list and detail side by side at 1024px', async () => {
    const { frame, getByRole } = await renderIn(<ApprovalPage initialSelectedId="a1" />, 1024);
    const list = getByRole('region', { name: '待我审批' }).element().getBoundingClientRect();
    const detail = getByRole('region', { name: '详情' }).element().getBoundingClientRect();
    expect(list.width).toBeGreaterThan(200);
    expect(detail.width).toBeGreaterThan(list.width);
    expect(detail.left).toBeGreaterThanOrEqual(list.right - 0.5);
    expect(Math.abs(detail.top - list.top)).toBeLessThan(1);
    expect(frame.querySelector('.dk-md')!.getAttribute('data-columns')).toBe('2');
    expect(frame.querySelector('.dk-md-detail > .dk-back')).toBeNull();
  });

  it('shows a placeholder in the detail column when nothing is selected at 1024px', async () => {
    const { getByText, getByRole } = await renderIn(<Inbox />, 1024);
    await expect.element(getByText('未选择')).toBeVisible();
    await expect.element(getByRole('heading', { name: '消息', level: 2 })).toBeVisible();
  });

  it('is one column at 360px: a detail replaces the list, and the back button returns to it', async () => {
    const { frame, getByRole } = await renderIn(<ApprovalPage />, 360);
    const list = getByRole('region', { name: '待我审批' });
    await expect.element(list).toBeVisible();
    const listElement = list.element() as HTMLElement;
    await expect.element(getByRole('region', { name: '详情' })).not.toBeInTheDocument();

    const item = getByRole('button', { name: /李四的报销申请/ });
    await item.click();
    await expect.poll(() => listElement.hidden).toBe(true);
    expect(listElement.getBoundingClientRect().height).toBe(0);
    const detail = getByRole('region', { name: '详情' });
    await expect.element(detail).toBeVisible();
    await expect.element(getByRole('heading', { name: '李四的报销申请', level: 2 })).toBeVisible();
    expect(detail.element().getBoundingClientRect().width).toBeCloseTo(360, 0);
    expect(document.activeElement).toBe(detail.element());

    const back = getByRole('button', { name: '返回' });
    expect(back.element().tagName).toBe('BUTTON');
    await back.click();
    await expect.element(list).toBeVisible();
    await expect.element(getByRole('region', { name: '详情' })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(item.element());
    expect(frame.querySelector('.dk-md')!.getAttribute('data-columns')).toBe('1');
  });

  it('keeps keyboard focus order equal to the visual order in one column', async () => {
    const { getByRole } = await renderIn(<Inbox />, 360);
    await getByRole('button', { name: '消息二' }).click();
    await userEvent.tab();
    expect(document.activeElement).toBe(getByRole('button', { name: '返回' }).element());
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(getByRole('button', { name: '消息二' }).element());
  });

  it('is one column in the default 585px window and two with splitFrom="regular"', async () => {
    const one = await renderIn(<Inbox />, 585);
    expect(regions(one.frame).list.parentElement!.getAttribute('data-columns')).toBe('1');
    await one.unmount();
    const two = await renderIn(<Inbox splitFrom="regular" />, 585);
    const { list, detail } = regions(two.frame);
    expect(list.parentElement!.getAttribute('data-columns')).toBe('2');
    expect(detail!.getBoundingClientRect().left).toBeGreaterThanOrEqual(
      list.getBoundingClientRect().right - 0.5,
    );
  });

  it('switches between one and two columns when the window is dragged across 768px', async () => {
    const { frame, getByRole } = await renderIn(<Inbox />, 760);
    await getByRole('button', { name: '消息一' }).click();
    await expect.element(getByRole('button', { name: '返回' })).toBeVisible();
    expect(regions(frame).list.hidden).toBe(true);

    await dragTo(frame, 780);
    await expect.element(getByRole('button', { name: '返回' })).not.toBeInTheDocument();
    expect(regions(frame).list.hidden).toBe(false);
    await expect.element(getByRole('region', { name: '消息' })).toBeVisible();
    await expect.element(getByRole('region', { name: '详情' })).toBeVisible();

    await dragTo(frame, 760);
    await expect.element(getByRole('button', { name: '返回' })).toBeVisible();
    expect(regions(frame).list.hidden).toBe(true);
  });
});
