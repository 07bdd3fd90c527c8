import { renderWithDingTalk, uploadImages } from '@dingkit/mock/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { PhotoUploader } from './PhotoUploader';

it('previews the uploaded images, starting at the one clicked', async () => {
  const { controller, user } = renderWithDingTalk(<PhotoUploader />);
  const uploaded = ['https://static.dingtalk.com/a.jpg', 'https://static.dingtalk.com/b.jpg'];

  await user.click(screen.getByRole('button', { name: '上传图片' }));
  await uploadImages(uploaded);
  const list = screen.getByRole('list', { name: '已上传的图片' });
  await user.click(await within(list).findByRole('button', { name: '查看第 2 张' }));

  await waitFor(() =>
    expect(controller.calls.find((call) => call.api === 'biz.util.previewImage')?.params).toEqual({
      urls: uploaded,
      current: uploaded[1],
    }),
  );
  // The thumbnails ask for DingTalk's zoomed copies, not the full upload.
  expect(list.querySelector('img')?.getAttribute('srcset')).toContain('a.jpg_80x80.jpg');
});

it('uploads real files through the mock chooser', async () => {
  const { user } = renderWithDingTalk(<PhotoUploader />);
  const photo = new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' });

  await user.click(screen.getByRole('button', { name: '上传图片' }));
  const dialog = await screen.findByRole('dialog', { name: '上传图片' });
  await user.upload(within(dialog).getByLabelText('选择图片'), photo);
  await user.click(within(dialog).getByRole('button', { name: '上传' }));

  expect(await screen.findByRole('button', { name: '查看第 1 张' })).toBeTruthy();
});
