import type { PendingCall } from '../MockController';
import { useHost } from './HostContext';

/** Props of {@link DownloadCard}. */
export interface DownloadCardProps {
  call: PendingCall<'biz.util.downloadFile'>;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The name a download is saved as: its `name`, or the last part of its URL. */
export function downloadName(params: { url: string; name?: string }): string {
  if (params.name) return params.name;
  const last = params.url.split(/[?#]/)[0]?.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || params.url;
  } catch {
    return last || params.url;
  }
}

/** downloadFile: the simulated transfer's progress, and a button to cancel it. */
export function DownloadCard({ call }: DownloadCardProps) {
  const { t } = useHost();
  const name = downloadName(call.params);
  const percent = Math.round(call.progress?.percent ?? 0);
  const { loaded, total } = call.progress ?? {};
  return (
    <section className="dkm-download" aria-label={t.downloading(name)}>
      <h2 className="dkm-download__name">{name}</h2>
      <button type="button" className="dkm-icon-button" aria-label={t.cancelDownload} onClick={call.cancel}>
        ×
      </button>
      <div
        className="dkm-download__bar"
        role="progressbar"
        aria-label={t.downloadProgress}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="dkm-download__fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="dkm-download__meta">
        {loaded !== undefined && total !== undefined ? `${megabytes(loaded)} / ${megabytes(total)} · ` : ''}
        {percent}%
      </div>
    </section>
  );
}
