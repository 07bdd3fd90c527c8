import type { DingTalkError } from '@dingkit/core';
import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useDownloadFile } from './apiHooks';

function Download() {
  const { run, progress, cancel, status, error, isPending, data } = useDownloadFile({
    url: 'https://example.com/files/report.pdf',
  });
  const [rejected, setRejected] = useState<string>();
  return (
    <>
      <button
        type="button"
        onClick={() => run({ name: 'report.pdf' }).catch((e: DingTalkError) => setRejected(e.code))}
      >
        Download
      </button>
      {isPending && (
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      )}
      <progress aria-label="Download" max={100} value={progress?.percent ?? 0} />
      <p>
        {progress?.total === undefined
          ? 'size unknown'
          : `${progress.loaded ?? 0} of ${progress.total} bytes`}
      </p>
      <output>{status === 'error' ? error.code : `${status}, data ${String(data)}`}</output>
      {rejected && <p role="alert">{rejected}</p>}
    </>
  );
}

describe('useDownloadFile', () => {
  it('shows the progress the client reports, then success', async () => {
    const { transport, user } = renderWithDingTalk(<Download />);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]!.params).toEqual({
      url: 'https://example.com/files/report.pdf',
      name: 'report.pdf',
    });

    act(() => transport.calls[0]!.progress({ receivedBytes: 512, totalBytes: 2048 }));
    expect(screen.getByRole('progressbar', { name: 'Download' }).getAttribute('value')).toBe('25');
    expect(screen.getByText('512 of 2048 bytes')).toBeTruthy();
    act(() => transport.calls[0]!.progress(0.5));
    expect(screen.getByRole('progressbar', { name: 'Download' }).getAttribute('value')).toBe('50');
    expect(screen.getByText('size unknown')).toBeTruthy();

    // The client stops short of 100% and answers `true`: the bar ends full, and data is nothing.
    act(() => transport.calls[0]!.resolve(true));
    expect(await screen.findByText('success, data undefined')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Download' }).getAttribute('value')).toBe('100');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('cancel() aborts the download, goes back to idle and ignores later reports', async () => {
    const { transport, user } = renderWithDingTalk(<Download />);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    act(() => transport.calls[0]!.progress({ percent: 40 }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('idle, data undefined')).toBeTruthy();
    expect(transport.calls[0]!.signal.aborted).toBe(true);
    // The rejection comes once its message is in.
    expect((await screen.findByRole('alert')).textContent).toBe('ABORTED');
    act(() => transport.calls[0]!.progress({ percent: 90 }));
    expect(screen.getByRole('progressbar', { name: 'Download' }).getAttribute('value')).toBe('0');
  });
});
