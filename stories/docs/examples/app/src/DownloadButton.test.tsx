import { renderWithDingTalk } from '@dingkit/mock/testing';
import { screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { DownloadButton } from './DownloadButton';

const file = { url: 'https://files.example.com/q3.pdf', name: '季度报告.pdf' };

it('shows the progress, then opens the downloaded file', async () => {
  const { controller, user } = renderWithDingTalk(<DownloadButton {...file} />, { downloadMs: 300 });

  await user.click(screen.getByRole('button', { name: '下载 季度报告.pdf' }));
  const bar = await screen.findByRole('progressbar', { name: '正在下载 季度报告.pdf' });
  await waitFor(() => expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0));
  await user.click(await screen.findByRole('button', { name: '打开' }));

  await waitFor(() =>
    expect(controller.calls.find((call) => call.api === 'biz.util.openLocalFile')).toMatchObject({
      params: { url: file.url },
      status: 'resolved',
    }),
  );
});

it('cancels the download', async () => {
  const { controller, user } = renderWithDingTalk(<DownloadButton {...file} />, { downloadMs: 5000 });

  await user.click(screen.getByRole('button', { name: '下载 季度报告.pdf' }));
  await user.click(await screen.findByRole('button', { name: '取消' }));

  expect(await screen.findByRole('button', { name: '下载 季度报告.pdf' })).toBeTruthy();
  expect(controller.calls.at(-1)?.error?.code).toBe('ABORTED');
  expect(screen.queryByRole('button', { name: '打开' })).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
});
