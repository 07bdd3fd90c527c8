import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { DingImage } from './DingImage';

const avatar = 'https://static.dingtalk.com/media/lADOA9bQH8zIzMg_200_200.jpg';

function image(ui: React.ReactNode): HTMLImageElement {
  // alt="" makes an image decorative (no img role), so query the element itself.
  return render(<StrictMode>{ui}</StrictMode>).container.querySelector('img')!;
}

describe('DingImage', () => {
  it('offers every zoom for a DingTalk URL and falls back to the one that fits', () => {
    const img = image(<DingImage src={avatar} alt="张三" width={40} shape="circle" />);
    expect(img.getAttribute('srcset')).toBe(
      `${avatar}_80x80.jpg 80w, ${avatar}_120x120.jpg 120w, ${avatar}_250x250.jpg 250w, ${avatar}_310x310.jpg 310w`,
    );
    expect(img.getAttribute('sizes')).toBe('40px');
    expect(img.getAttribute('src')).toBe(`${avatar}_80x80.jpg`);
    expect(img.getAttribute('width')).toBe('40');
    expect(img.getAttribute('height')).toBe('40');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.dataset.shape).toBe('circle');
  });

  it('replaces an existing zoom suffix and keeps the query', () => {
    const img = image(<DingImage src={`${avatar}_250x250.jpg?x=1`} alt="" width={100} />);
    expect(img.getAttribute('src')).toBe(`${avatar}_120x120.jpg?x=1`);
  });

  it('keeps the caller’s sizes for a fluid image', () => {
    const img = image(<DingImage src={avatar} alt="" sizes="(max-width: 480px) 100vw, 250px" />);
    expect(img.getAttribute('sizes')).toBe('(max-width: 480px) 100vw, 250px');
    expect(img.getAttribute('src')).toBe(`${avatar}_310x310.jpg`);
  });

  it('shows the original when it is wider than the largest zoom, or not a DingTalk URL', () => {
    expect(image(<DingImage src={avatar} alt="" width={400} />).getAttribute('srcset')).toBeNull();
  });

  it.each(['data:image/png;base64,iVBORw0KGgo=', 'blob:https://example.com/1', '/local/avatar.jpg'])(
    'does not zoom %s',
    (src) => {
      const img = image(<DingImage src={src} alt="" width={40} />);
      expect(img.getAttribute('src')).toBe(src);
      expect(img.getAttribute('srcset')).toBeNull();
    },
  );

  it('can be told not to zoom', () => {
    expect(image(<DingImage src={avatar} alt="" width={40} zoom={false} />).getAttribute('src')).toBe(avatar);
  });
});
