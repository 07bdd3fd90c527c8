// src/DownloadButton.tsx — download into DingTalk's cache with a progress bar and cancel (PC).
import { useDownloadFile, useOpenLocalFile } from '@dingkit/react';

export function DownloadButton({ url, name }: { url: string; name: string }) {
  const download = useDownloadFile({ url, name });
  // A downloaded file is opened by its cache key: the URL it was downloaded from.
  const open = useOpenLocalFile({ url });

  if (download.isPending) {
    const percent = download.progress?.percent ?? 0;
    return (
      <p>
        <progress aria-label={`正在下载 ${name}`} max={100} value={percent} /> {Math.round(percent)}%{' '}
        <button type="button" onClick={download.cancel}>
          取消
        </button>
      </p>
    );
  }
  return (
    <p>
      <button type="button" onClick={() => void download.run()}>
        下载 {name}
      </button>
      {download.status === 'success' && (
        <button type="button" onClick={() => void open.run()}>
          打开
        </button>
      )}
      {/* ABORTED is our own cancel(); CANCELLED is the person cancelling in DingTalk. */}
      {download.error && !['ABORTED', 'CANCELLED'].includes(download.error.code) && (
        <span role="alert">{download.error.message}</span>
      )}
    </p>
  );
}
