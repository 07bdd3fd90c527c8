import type { DownloadProgress } from '@dingkit/core';
import { DingTalkLayout, useDownloadFile, useOpenLocalFile } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { surfaceContent } from '../layout/withSurface';

/** Download a file with a progress bar and a cancel button, then open it from DingTalk's cache. */
export default { title: 'Recipes/带进度的下载' } satisfies Meta;

const file = { url: 'https://static.example.com/files/handbook-2026.pdf', name: '员工手册.pdf' };

function Handbook() {
  const download = useDownloadFile();
  const open = useOpenLocalFile();
  const progress: DownloadProgress | undefined = download.progress;
  // A whole number, as DingTalk shows it; 100 once the file is there.
  const percent = progress?.percent ?? 0;
  return (
    <DingTalkLayout style={{ display: 'grid', gap: 12, padding: 16 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <button
          type="button"
          className="dk-button dk-button-primary"
          disabled={download.isPending}
          onClick={() => void download.run(file)}
        >
          下载员工手册
        </button>
        {download.isPending && (
          <button type="button" className="dk-button" onClick={download.cancel}>
            停止
          </button>
        )}
        {download.status === 'success' && (
          <button type="button" className="dk-button" onClick={() => void open.run({ url: file.url })}>
            打开
          </button>
        )}
      </div>
      {download.isPending && (
        <label style={{ display: 'grid', gap: 4 }}>
          <span>
            {file.name} · {percent}%
          </span>
          <progress max={100} value={percent} aria-label="下载进度" />
        </label>
      )}
      {download.status === 'success' && <p role="status">已下载 {file.name}</p>}
      {open.status === 'success' && <p role="status">已打开 {file.name}</p>}
      {download.error && <p role="alert">{download.error.code}</p>}
    </DingTalkLayout>
  );
}

type Play = { canvasElement: HTMLElement };

/** The bar follows the client's progress reports to 100%; then the file opens from the cache. */
export function DownloadWithProgress() {
  return <Handbook />;
}
DownloadWithProgress.parameters = { dingtalk: { downloadMs: 1500 } };
DownloadWithProgress.play = async ({ canvasElement }: Play) => {
  const canvas = within(surfaceContent(canvasElement));
  await userEvent.click(canvas.getByRole('button', { name: '下载员工手册' }));
  const bar = (await canvas.findByRole('progressbar', { name: '下载进度' })) as HTMLProgressElement;
  const seen = new Set<number>();
  await waitFor(
    () => {
      seen.add(bar.value);
      expect(bar.value).toBeGreaterThanOrEqual(50);
    },
    { timeout: 4000, interval: 50 },
  );
  await expect(seen.size).toBeGreaterThan(1);
  await expect(await canvas.findByRole('status', {}, { timeout: 4000 })).toHaveTextContent(
    '已下载 员工手册.pdf',
  );
  await userEvent.click(canvas.getByRole('button', { name: '打开' }));
  await waitFor(() => expect(canvas.getAllByRole('status').at(-1)).toHaveTextContent('已打开 员工手册.pdf'));
};

/** The person stops it in the app (`cancel()`): the bar goes and the page is back where it started. */
export function StoppedByTheApp() {
  return <Handbook />;
}
StoppedByTheApp.parameters = { dingtalk: { downloadMs: 5000 } };
StoppedByTheApp.play = async ({ canvasElement }: Play) => {
  const canvas = within(surfaceContent(canvasElement));
  await userEvent.click(canvas.getByRole('button', { name: '下载员工手册' }));
  await canvas.findByRole('progressbar', { name: '下载进度' });
  await userEvent.click(canvas.getByRole('button', { name: '停止' }));
  await waitFor(() => expect(canvas.getByRole('button', { name: '下载员工手册' })).toBeEnabled());
  await expect(canvas.queryByRole('progressbar')).toBeNull();
  await expect(canvas.queryByRole('alert')).toBeNull();
};

/** The person cancels in DingTalk's own download card: `CANCELLED`. */
export function CancelledInDingTalk() {
  return <Handbook />;
}
CancelledInDingTalk.parameters = { dingtalk: { downloadMs: 5000 } };
CancelledInDingTalk.play = async ({ canvasElement }: Play) => {
  const body = within(canvasElement.ownerDocument.body);
  await userEvent.click(within(canvasElement).getByRole('button', { name: '下载员工手册' }));
  const card = within(await body.findByRole('region', { name: '正在下载 员工手册.pdf' }, { timeout: 4000 }));
  await userEvent.click(card.getByRole('button', { name: '取消下载' }));
  await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('CANCELLED');
};
