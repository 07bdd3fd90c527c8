import { DingTalkLayout, usePreviewImage, useUploadImage } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { pngFile } from '../api/support/play';

/** Upload receipts, show them as thumbnails, open DingTalk's viewer at the one clicked. */
export default { title: 'Recipes/上传并预览图片' } satisfies Meta;

function Receipts() {
  const upload = useUploadImage({ multiple: true, max: 9 });
  const preview = usePreviewImage();
  const urls = upload.data ?? [];
  return (
    <DingTalkLayout style={{ display: 'grid', gap: 12, padding: 16 }}>
      <button type="button" className="dk-button dk-button-primary" onClick={() => void upload.run()}>
        上传发票
      </button>
      <ul aria-label="发票" style={{ display: 'flex', gap: 8, margin: 0, padding: 0, listStyle: 'none' }}>
        {urls.map((url, index) => (
          <li key={url}>
            <button
              type="button"
              aria-label={`查看第 ${index + 1} 张`}
              onClick={() => void preview.run({ urls, current: url })}
              style={{ padding: 0, border: '1px solid #e3e5e8', borderRadius: 4, background: 'none' }}
            >
              <img src={url} alt="" width={72} height={54} style={{ display: 'block', objectFit: 'cover' }} />
            </button>
          </li>
        ))}
      </ul>
    </DingTalkLayout>
  );
}

/** Three images uploaded through the file input; the second one opens the viewer at 2 / 3. */
export function UploadThenPreview() {
  return <Receipts />;
}
UploadThenPreview.play = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const canvas = within(canvasElement);
  const body = within(canvasElement.ownerDocument.body);
  await userEvent.click(canvas.getByRole('button', { name: '上传发票' }));
  const dialog = within(await body.findByRole('dialog', { name: '上传图片' }, { timeout: 4000 }));
  await userEvent.upload(dialog.getByLabelText('选择图片'), [
    await pngFile('a.png', '#3296fa'),
    await pngFile('b.png', '#15bc83'),
    await pngFile('c.png', '#ff9200'),
  ]);
  await dialog.findByRole('img', { name: 'c.png' });
  await userEvent.click(dialog.getByRole('button', { name: '上传' }));
  const open = await canvas.findByRole('button', { name: '查看第 2 张' });
  // Read before the modal viewer hides the page behind it from queries by role.
  const thumbnails = canvas.getByRole('list', { name: '发票' }).querySelectorAll('img');
  await userEvent.click(open);
  const gallery = within(await body.findByRole('dialog', { name: '图片预览' }));
  await expect(gallery.getByText('2 / 3')).toBeVisible();
  const shown = gallery.getByRole('img') as HTMLImageElement;
  await expect(shown.src).toBe(thumbnails[1]?.src);
  await expect(shown.naturalWidth).toBe(64);
  await userEvent.keyboard('{Escape}');
  await expect(body.queryByRole('dialog')).toBeNull();
};
