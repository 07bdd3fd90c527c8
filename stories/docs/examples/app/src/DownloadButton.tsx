// src/DownloadButton.tsx — download into DingTalk's cache with a progress bar and cancel (PC).
import { useDownloadFile, useOpenLocalFile } from '@dingkit/react';

export function DownloadButton({ url, name }: { url: string; name: string }) {
  const download = useDownloadFile({ url, name });
  // A downloaded file is opened by its cache key: the URL it was downloaded from.
  const open = useOpenLocalFile({ url });

  if (download.isPending) {
    // A whole number; 100 once the download is done.
    const percent = download.progress?.percent ?? 0;
    return (
      <p>
        <progress aria-label={`正在下载 ${name}`} max={100} value={percent} /> {percent}%{' '}
        {/* cancel() stops the download and brings the hook back to idle. */}
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
      {/* CANCELLED is the person cancelling in DingTalk's own download card. */}
      {download.error && download.error.code !== 'CANCELLED' && (
        <span role="alert">{download.error.message}</span>
      )}
    </p>
  );
}
