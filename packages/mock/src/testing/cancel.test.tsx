import { useConfirm, useContactChoose, useDownloadFile } from '@dingkit/react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockOrg } from '../mockOrg';
import { cancel } from './cancel';
import { renderWithDingTalk } from './renderWithDingTalk';

function Actions() {
  const ask = useConfirm({ message: '提交？', buttonLabels: ['提交', '取消'] });
  const choose = useContactChoose({ corpId: mockOrg.corpId });
  const download = useDownloadFile({ url: 'https://example.com/report.pdf', name: 'report.pdf' });
  const error = ask.error ?? choose.error ?? download.error;
  return (
    <>
      <button type="button" onClick={() => void ask.run().catch(() => {})}>
        提交
      </button>
      <button type="button" onClick={() => void choose.run().catch(() => {})}>
        选人
      </button>
      <button type="button" onClick={() => void download.run().catch(() => {})}>
        下载
      </button>
      <output aria-label="错误">{error?.code}</output>
    </>
  );
}

const shownError = () => screen.getByRole('status', { name: '错误' }).textContent;

describe('cancel', () => {
  it('dismisses the open dialog: the app gets CANCELLED', async () => {
    const { user } = renderWithDingTalk(<Actions />);
    await user.click(screen.getByRole('button', { name: '提交' }));
    await screen.findByRole('dialog');
    await cancel();
    expect(shownError()).toBe('CANCELLED');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('dismisses the latest call of the API given, leaving others open', async () => {
    const { user, controller } = renderWithDingTalk(<Actions />, { host: false });
    await user.click(screen.getByRole('button', { name: '选人' }));
    await user.click(screen.getByRole('button', { name: '提交' }));
    await cancel('biz.contact.choose');
    expect(shownError()).toBe('CANCELLED');
    expect(controller.pending.map((call) => call.api)).toEqual(['device.notification.confirm']);
  });

  it('cancels a download in progress', async () => {
    const { user } = renderWithDingTalk(<Actions />, { downloadMs: 60_000 });
    await user.click(screen.getByRole('button', { name: '下载' }));
    await cancel('biz.util.downloadFile');
    expect(shownError()).toBe('CANCELLED');
  });
});
