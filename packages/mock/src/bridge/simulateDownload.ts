import type { Simulation } from './createPendingQueue';

/**
 * A download of `url` that takes `durationMs`: progress in ten or so steps of a plausible size
 * (the same for the same URL), then `saved()` and the client's answer `true`.
 */
export function simulateDownload(url: string, durationMs: number, saved: () => void): Simulation {
  let hash = 7;
  for (const char of url) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  const totalBytes = 200_000 + (hash % 3_800_000);
  const steps = Math.max(1, Math.round(durationMs / 100));
  return ({ progress, finish }) => {
    let step = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      step += 1;
      progress({ receivedBytes: Math.round((totalBytes * step) / steps), totalBytes });
      if (step < steps) timer = setTimeout(tick, durationMs / steps);
      else {
        saved();
        finish(true);
      }
    };
    progress({ receivedBytes: 0, totalBytes });
    timer = setTimeout(tick, durationMs / steps);
    return () => clearTimeout(timer);
  };
}
