import { describe, expect, it } from 'vitest';
import { bandForWidth, bandThresholds, matchesBand } from './bands';

describe('bandForWidth', () => {
  it.each([
    [360, 'compact'],
    [366, 'compact'],
    [375, 'compact'],
    [400, 'compact'],
    [440, 'compact'],
    [479.9, 'compact'],
    [480, 'regular'],
    [585, 'regular'],
    [676, 'regular'],
    [767.9, 'regular'],
    [768, 'wide'],
    [1024, 'wide'],
  ] as const)('puts %spx in %s', (width, band) => {
    expect(bandForWidth(width)).toBe(band);
  });

  it('starts a band at its threshold', () => {
    expect(bandForWidth(bandThresholds.regular)).toBe('regular');
    expect(bandForWidth(bandThresholds.wide)).toBe('wide');
  });
});

describe('matchesBand', () => {
  it('matches on, from and below', () => {
    expect(matchesBand('compact', { on: 'compact' })).toBe(true);
    expect(matchesBand('regular', { on: 'compact' })).toBe(false);
    expect(matchesBand('wide', { on: ['compact', 'wide'] })).toBe(true);
    expect(matchesBand('compact', { from: 'regular' })).toBe(false);
    expect(matchesBand('regular', { from: 'regular' })).toBe(true);
    expect(matchesBand('wide', { from: 'regular' })).toBe(true);
    expect(matchesBand('regular', { below: 'wide' })).toBe(true);
    expect(matchesBand('wide', { below: 'wide' })).toBe(false);
    expect(matchesBand('wide', {})).toBe(true);
  });

  it('requires every given condition', () => {
    expect(matchesBand('wide', { from: 'regular', below: 'wide' })).toBe(false);
    expect(matchesBand('regular', { from: 'regular', below: 'wide' })).toBe(true);
  });
});
