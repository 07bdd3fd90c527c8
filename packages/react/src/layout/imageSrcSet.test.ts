import { describe, expect, it } from 'vitest';
import { imageSrcSet, zoomFor } from './imageSrcSet';

const url = 'http://gtms02.alicdn.com/tps/i2/TB1SlYwGFXXXXXrXVXX9vKJ2XXX-2880-1560.jpg';

describe('imageSrcSet', () => {
  it('offers the four recommended zooms with width descriptors', () => {
    expect(imageSrcSet(url)).toBe(
      [80, 120, 250, 310].map((size) => `${url}_${size}x${size}.jpg ${size}w`).join(', '),
    );
  });

  it('uses a custom resizer', () => {
    expect(imageSrcSet('a.jpg', (source, size) => `/img/${size}/${source}`)).toBe(
      '/img/80/a.jpg 80w, /img/120/a.jpg 120w, /img/250/a.jpg 250w, /img/310/a.jpg 310w',
    );
  });
});

describe('zoomFor', () => {
  it('picks the smallest zoom at least as wide, or none above 310', () => {
    expect(zoomFor(40)).toBe(80);
    expect(zoomFor(80)).toBe(80);
    expect(zoomFor(81)).toBe(120);
    expect(zoomFor(310)).toBe(310);
    expect(zoomFor(311)).toBeUndefined();
  });
});
