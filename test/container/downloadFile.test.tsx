// useDownloadFile on the mock and on the real dingtalk-jsapi in an emulated PC client: what a page
// sees must not depend on which one it runs on.
import { type Bridge, createJsapiBridge, type DownloadProgress } from '@dingkit/core';
import { createMockBridge } from '@dingkit/mock';
import { DingTalkProvider, useDownloadFile } from '@dingkit/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpContainer } from './setUpContainer';

const container = setUpContainer({ platform: 'pc', version: '7.0.10' }, () => createJsapiBridge());
const file = { url: 'https://static.example.com/files/q3.pdf', name: 'q3.pdf' };

function Download() {
  const { run, cancel, status, data, progress } = useDownloadFile(file);
  // Every percent the page showed, in order.
  const [seen, setSeen] = useState<number[]>([]);
  useEffect(() => {
    const percent = progress?.percent;
    if (percent !== undefined)
      setSeen((before) => (before.at(-1) === percent ? before : [...before, percent]));
  }, [progress]);
  return (
    <>
      <button type="button" onClick={() => void run().catch(() => {})}>
        Download
      </button>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
      <output>{`${status}, data ${String(data)}, ${progress ? `${progress.percent}%` : 'no progress'}`}</output>
      <output aria-label="seen">{seen.join(' ')}</output>
    </>
  );
}

/** Renders the page on `bridge`, downloads, and returns what the page shows once it settles. */
async function download(
  bridge: Bridge,
  until: RegExp,
  then?: (user: ReturnType<typeof userEvent.setup>) => Promise<void>,
) {
  const user = userEvent.setup();
  const { unmount } = render(
    <StrictMode>
      <DingTalkProvider bridge={bridge}>
        <Download />
      </DingTalkProvider>
    </StrictMode>,
  );
  await user.click(screen.getByRole('button', { name: 'Download' }));
  await then?.(user);
  const shown = (await screen.findByText(until, { selector: 'output' })).textContent;
  const seen = screen.getByRole('status', { name: 'seen' }).textContent;
  unmount();
  return { shown, seen };
}

/** The bridge-level view: the progress reports and the result. */
async function reports(bridge: Bridge) {
  const percents: DownloadProgress['percent'][] = [];
  const result = await bridge.call('biz.util.downloadFile', file, {
    onProgress: (progress) => percents.push(progress.percent),
  });
  return { percents, result };
}

describe('useDownloadFile: the mock and the real dingtalk-jsapi agree', () => {
  // The mock's simulated transfer: byte counts in thirds, the last at 100%.
  const mock = () => createMockBridge({ downloadMs: 300 }).bridge;
  // The emulated client reports thirds too but stops short of 100%, and answers as a client may.
  const client = (answer: unknown) => {
    container.handler = (_method, _params, { emit }) => {
      for (const receivedBytes of [0, 1000, 2000]) emit('progress', { receivedBytes, totalBytes: 3000 });
      return answer;
    };
    return createJsapiBridge();
  };

  it.each([[true], [{}], [undefined]])(
    'on success: whole percents up to 100% and nothing as data (the client answers %o)',
    async (answer) => {
      const onMock = await reports(mock());
      expect(onMock).toEqual({ percents: [0, 33, 67, 100], result: undefined });
      await expect(reports(client(answer))).resolves.toEqual(onMock);

      const shown = await download(mock(), /^success/);
      expect(shown.shown).toBe('success, data undefined, 100%');
      expect(shown.seen).toMatch(/^(\d+ )*100$/);
      await expect(download(client(answer), /^success/)).resolves.toEqual({
        shown: 'success, data undefined, 100%',
        seen: expect.stringMatching(/^(\d+ )*100$/),
      });
    },
  );

  it('after cancel(): back to idle on both, without progress', async () => {
    const scripted = createMockBridge();
    // The same client on both sides: one report, then no answer until the page gives up.
    scripted.controller.respond('biz.util.downloadFile', (_params, { onProgress }) => {
      onProgress({ percent: 40 });
      return new Promise(() => {});
    });
    container.handler = (_method, _params, { emit }) => {
      emit('progress', { percent: 40 });
      return new Promise(() => {});
    };
    const cancelled = async (user: ReturnType<typeof userEvent.setup>) => {
      await screen.findByText('pending, data undefined, 40%', { selector: 'output' });
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
    };
    const onMock = await download(scripted.bridge, /^idle/, cancelled);
    expect(onMock).toEqual({ shown: 'idle, data undefined, no progress', seen: '40' });
    await expect(download(createJsapiBridge(), /^idle/, cancelled)).resolves.toEqual(onMock);
  });

  it('leaves no unhandled rejections behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(container.unhandledRejections).toEqual([]);
  });
});
