import { describe, expect, it } from 'vitest';
import { toDownloadProgress } from './toDownloadProgress';

describe('toDownloadProgress', () => {
  it.each([
    [42, { percent: 42 }],
    [0.5, { percent: 50 }],
    ['30', { percent: 30 }],
    [{ percent: 100 }, { percent: 100 }],
    [{ progress: 0.25 }, { percent: 25 }],
    [
      { loaded: 50, total: 200 },
      { percent: 25, loaded: 50, total: 200 },
    ],
    [
      { receivedBytes: 10, totalBytes: 40 },
      { percent: 25, loaded: 10, total: 40 },
    ],
    [
      { size: 1, totalSize: 4 },
      { percent: 25, loaded: 1, total: 4 },
    ],
    [{ percent: 140 }, { percent: 100 }],
    // Whole percents, as the client shows them.
    [{ percent: 33.5 }, { percent: 34 }],
    [0.333, { percent: 33 }],
    [
      { receivedBytes: 1, totalBytes: 3 },
      { percent: 33, loaded: 1, total: 3 },
    ],
  ])('normalises %o', (raw, expected) => {
    expect(toDownloadProgress(raw)).toEqual(expected);
  });

  it.each([[null], [{}], ['soon'], [{ loaded: 5 }], [{ loaded: 5, total: 0 }]])('drops %o', (raw) => {
    expect(toDownloadProgress(raw)).toBeUndefined();
  });
});
