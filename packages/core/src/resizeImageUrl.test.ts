import { describe, expect, it } from 'vitest';
import { resizeImageUrl } from './resizeImageUrl';

const image = 'http://gtms02.alicdn.com/tps/i2/TB1SlYwGFXXXXXrXVXX9vKJ2XXX-2880-1560.jpg';

describe('resizeImageUrl', () => {
  it('appends the zoom rule of the appendix', () => {
    expect(resizeImageUrl(image, 250)).toBe(`${image}_250x250.jpg`);
  });

  it('replaces an existing zoom suffix instead of stacking them', () => {
    expect(resizeImageUrl(`${image}_80x80.jpg`, 310)).toBe(`${image}_310x310.jpg`);
  });

  it('keeps the query and the hash after the file name', () => {
    expect(resizeImageUrl('//static.dingtalk.com/media/a.png?x=1#top', 120)).toBe(
      '//static.dingtalk.com/media/a.png_120x120.jpg?x=1#top',
    );
  });
});
