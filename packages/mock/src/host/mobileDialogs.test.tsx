import type { DingTalkError } from '@dingkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createMockBridge } from '../createMockBridge';
import { MockDingTalkHost } from '../MockDingTalkHost';
import { formatPicked } from './DateTimeDialog';

type Bridge = ReturnType<typeof createMockBridge>['bridge'];

/** A phone's page with one button that makes the call and shows what came back. */
function setup(run: (bridge: Bridge) => Promise<unknown>) {
  const mock = createMockBridge({ platform: 'android' });
  function Caller() {
    const [shown, setShown] = useState('');
    const call = () =>
      run(mock.bridge).then(
        (result) => setShown(`ok ${JSON.stringify(result) ?? 'undefined'}`),
        (error: DingTalkError) => setShown(`error ${error.code}`),
      );
    return (
      <>
        <button type="button" onClick={call}>
          call
        </button>
        <output aria-label="result">{shown}</output>
      </>
    );
  }
  render(
    <StrictMode>
      <Caller />
      <MockDingTalkHost bridge={mock.bridge} />
    </StrictMode>,
  );
  const user = userEvent.setup();
  const result = () => screen.getByRole('status', { name: 'result' }).textContent;
  const open = async (name: string | RegExp) => {
    await user.click(screen.getByRole('button', { name: 'call' }));
    return screen.findByRole('dialog', { name });
  };
  return { user, result, open };
}

describe('biz.util.scan', () => {
  it('answers what the person types as { text }', async () => {
    const { user, result, open } = setup((bridge) => bridge.call('biz.util.scan', { type: 'all' }));
    const dialog = await open('扫一扫');
    await user.type(within(dialog).getByRole('textbox', { name: '码的内容' }), 'EXP-0042');
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"text":"EXP-0042"}'));
  });

  it('offers only the sample codes its type reads, and cancels', async () => {
    const { user, result, open } = setup((bridge) => bridge.call('biz.util.scan', { type: 'barCode' }));
    let dialog = await open('扫一扫');
    expect(within(dialog).queryByRole('button', { name: '扫示例二维码' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '扫示例条形码' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"text":"6901234567892"}'));
    dialog = await open('扫一扫');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
  });
});

describe('biz.util.datepicker, timepicker, datetimepicker', () => {
  it('starts at the given value and answers in the asked format', async () => {
    const { user, result, open } = setup((bridge) =>
      bridge.call('biz.util.datepicker', { format: 'yyyy/MM/dd', value: '2026/03/31' }),
    );
    const dialog = await open('选择日期');
    const field = within(dialog).getByLabelText('选择日期');
    expect(field).toHaveProperty('value', '2026-03-31');
    await user.clear(field);
    await user.type(field, '2026-05-01');
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"value":"2026/05/01"}'));
  });

  it('answers a time in the client’s default format, HH:mm', async () => {
    const { user, result, open } = setup((bridge) => bridge.call('biz.util.timepicker', {}));
    const dialog = await open('选择时间');
    await user.type(within(dialog).getByLabelText('选择时间'), '09:30');
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"value":"09:30"}'));
  });

  it('writes the picked value in the format tokens', () => {
    expect(formatPicked('2026-03-31T09:05', 'yyyy-MM-dd HH:mm')).toBe('2026-03-31 09:05');
    expect(formatPicked('2026-03-31', 'dd.MM.yyyy')).toBe('31.03.2026');
    expect(formatPicked('18:45', 'HH时mm分')).toBe('18时45分');
  });
});

describe('biz.util.share', () => {
  it('offers the channels and the app’s own items; answers { shareType }', async () => {
    const share = (bridge: Bridge) =>
      bridge.call('biz.util.share', {
        type: 0,
        url: 'https://example.com/report/7',
        title: '周报',
        content: '第 7 周',
        image: '',
        custom_addon: { poster: { title: '生成海报', iconUrl: '' } },
      });
    const { user, result, open } = setup(share);
    let sheet = await open('分享“周报”到');
    await user.click(within(sheet).getByRole('button', { name: '微信' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"shareType":"wechat"}'));
    sheet = await open('分享“周报”到');
    await user.click(within(sheet).getByRole('button', { name: '生成海报' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"shareType":"poster"}'));
    sheet = await open('分享“周报”到');
    await user.click(within(sheet).getByRole('button', { name: '取消' }));
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
  });
});
