import { useUploadImage } from '@dingkit/react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithDingTalk } from './renderWithDingTalk';
import { uploadImages } from './uploadImages';

function Photos({ multiple = true }: { multiple?: boolean }) {
  const upload = useUploadImage({ multiple, max: 3 });
  return (
    <>
      <button type="button" onClick={() => void upload.run().catch(() => {})}>
        添加照片
      </button>
      {upload.data?.map((url, index) => (
        <img key={url} src={url} alt={`照片${index + 1}`} />
      ))}
    </>
  );
}

describe('uploadImages', () => {
  it('uploads made-up photos by count; the app shows them', async () => {
    const { user } = renderWithDingTalk(<Photos />);
    await user.click(screen.getByRole('button', { name: '添加照片' }));
    expect(await screen.findByRole('dialog', { name: '上传图片' })).toBeTruthy();
    const urls = await uploadImages(2);
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getAllByRole('img').map((image) => image.getAttribute('src'))).toEqual(urls);
  });

  it('uploads the URLs given', async () => {
    const { user } = renderWithDingTalk(<Photos />, { host: false });
    await user.click(screen.getByRole('button', { name: '添加照片' }));
    await uploadImages(['https://example.com/a.jpg']);
    expect(screen.getByRole('img', { name: '照片1' }).getAttribute('src')).toBe('https://example.com/a.jpg');
  });

  it('refuses none and more than max', async () => {
    const { user } = renderWithDingTalk(<Photos />);
    await user.click(screen.getByRole('button', { name: '添加照片' }));
    await expect(uploadImages(0)).rejects.toThrow(
      'the upload button stays disabled until an image is chosen',
    );
    await expect(uploadImages(4)).rejects.toThrow('4 images, but the app asked for at most 3 (max: 3).');
    await uploadImages(3);
    expect(screen.getAllByRole('img')).toHaveLength(3);
  });

  it('refuses more than one without multiple', async () => {
    const { user } = renderWithDingTalk(<Photos multiple={false} />, { host: false });
    await user.click(screen.getByRole('button', { name: '添加照片' }));
    await expect(uploadImages(2)).rejects.toThrow('at most 1 (no multiple: true)');
    await uploadImages(1);
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });
});
