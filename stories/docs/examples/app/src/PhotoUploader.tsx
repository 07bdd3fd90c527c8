// src/PhotoUploader.tsx — upload images, show them small, preview them full size.
import { DingImage, usePreviewImage, useUploadImage } from '@dingkit/react';
import { useState } from 'react';

export function PhotoUploader() {
  const upload = useUploadImage({ multiple: true, max: 9 });
  const preview = usePreviewImage();
  const [urls, setUrls] = useState<string[]>([]);

  async function add() {
    try {
      const added = await upload.run();
      setUrls((current) => [...current, ...added]);
    } catch {
      // In upload.error; CANCELLED when the person closed the chooser.
    }
  }

  return (
    <>
      <button type="button" disabled={upload.isPending} onClick={add}>
        上传图片
      </button>
      <ul aria-label="已上传的图片" style={{ display: 'flex', gap: 8, listStyle: 'none', padding: 0 }}>
        {urls.map((url, index) => (
          <li key={url}>
            <button
              type="button"
              aria-label={`查看第 ${index + 1} 张`}
              onClick={() => void preview.run({ urls, current: url })}
            >
              {/* DingImage asks DingTalk's CDN for an 80×80 copy (the _80x80.jpg rule). */}
              <DingImage src={url} alt="" width={80} shape="rounded" />
            </button>
          </li>
        ))}
      </ul>
      {upload.error && upload.error.code !== 'CANCELLED' && <p role="alert">{upload.error.message}</p>}
    </>
  );
}
