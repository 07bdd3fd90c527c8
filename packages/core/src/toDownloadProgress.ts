import type { DownloadProgress } from './catalog/pcApis';

const num = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

/**
 * Normalises a download progress report. Clients have sent a bare number (0–1 or 0–100),
 * `{ percent }`, `{ progress }`, or byte counts (`loaded`/`total`, `receivedBytes`/`totalBytes`,
 * `size`/`totalSize`); anything else is dropped. `percent` is rounded to a whole number, as the
 * client shows it.
 */
export function toDownloadProgress(raw: unknown): DownloadProgress | undefined {
  const body = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : { percent: raw };
  const loaded = num(body.loaded ?? body.receivedBytes ?? body.size);
  const total = num(body.total ?? body.totalBytes ?? body.totalSize);
  let percent = num(body.percent ?? body.progress);
  if (percent !== undefined && percent > 0 && percent <= 1 && !Number.isInteger(percent)) percent *= 100;
  if (percent === undefined && loaded !== undefined && total) percent = (loaded / total) * 100;
  if (percent === undefined) return undefined;
  return {
    percent: Math.round(Math.min(100, Math.max(0, percent))),
    ...(loaded !== undefined ? { loaded } : {}),
    ...(total !== undefined ? { total } : {}),
  };
}
