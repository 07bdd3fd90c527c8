import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockBridge } from './createMockBridge';
import { type EmulatedDingTalk, emulateDingTalk } from './emulator';
import { MockDingTalkHost } from './MockDingTalkHost';
import { mockEmulatorHandler } from './mockEmulatorHandler';

// The official package, loaded after the emulator is in place (it reads its environment once).
type Dd = typeof import('dingtalk-jsapi');
let dd: Dd;
let emulator: EmulatedDingTalk;
const mock = createMockBridge({ platform: 'pc', downloadMs: 200 });

beforeAll(async () => {
  emulator = emulateDingTalk({ platform: 'pc', handle: mockEmulatorHandler(mock.bridge) });
  dd = (await import('dingtalk-jsapi')) as unknown as Dd;
});
afterAll(() => emulator.uninstall());

function renderHost() {
  render(
    <StrictMode>
      <MockDingTalkHost bridge={mock.bridge} />
    </StrictMode>,
  );
}

describe('mockEmulatorHandler: dingtalk-jsapi against the mock', () => {
  it('shows the page’s confirm in the host and returns the clicked button to dingtalk-jsapi', async () => {
    renderHost();
    const user = userEvent.setup();
    const answer = dd.device.notification.confirm({
      message: '提交审批？',
      title: '确认',
      buttonLabels: ['提交', '取消'],
    });
    const dialog = await screen.findByRole('dialog', { name: '确认' });
    await user.click(within(dialog).getByRole('button', { name: '提交' }));
    await expect(answer).resolves.toMatchObject({ buttonIndex: 0 });
    expect(emulator.requests.at(-1)?.method).toBe('device.notification.confirm');
  });

  it('passes a cancel back as the client does (errorCode -1)', async () => {
    renderHost();
    const user = userEvent.setup();
    const choose = dd.biz.contact.choose({ corpId: mock.controller.org.corpId, multiple: true });
    const cancelled = expect(choose).rejects.toMatchObject({ errorCode: '-1' });
    await screen.findByRole('dialog', { name: '选择联系人' });
    await user.keyboard('{Escape}');
    await cancelled;
  });

  it('reports download progress to the page’s onProgress', async () => {
    renderHost();
    const reports: number[] = [];
    const done = dd.biz.util.downloadFile({
      url: 'https://static.example.com/a.pdf',
      name: 'a.pdf',
      onProgress: (progress: { percent: number }) => reports.push(progress.percent),
    } as never);
    await act(async () => {
      await expect(done).resolves.toBe(true);
    });
    expect(reports.at(-1)).toBe(100);
    expect(reports.length).toBeGreaterThan(1);
  });

  it('applies the controller’s scripts', async () => {
    mock.controller.respond('runtime.permission.requestAuthCode', { code: 'scripted' });
    await expect(dd.runtime.permission.requestAuthCode({ corpId: 'c' })).resolves.toMatchObject({
      code: 'scripted',
    });
    mock.controller.reset();
  });

  it('names the mismatch when the mock bridge behaves as another platform', () => {
    const handler = mockEmulatorHandler(createMockBridge({ platform: 'ios' }).bridge);
    expect(() =>
      handler('device.notification.alert', { message: 'x' }, { platform: 'pc', emit: () => {} }),
    ).toThrow();
  });
});
