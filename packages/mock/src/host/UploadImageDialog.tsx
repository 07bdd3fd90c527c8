import { useEffect, useId, useRef, useState } from 'react';
import type { PendingCall } from '../MockController';
import { DialogActions } from './DialogActions';
import { DialogShell } from './DialogShell';
import { useHost } from './HostContext';

/** Props of {@link UploadImageDialog}. */
export interface UploadImageDialogProps {
  /** uploadImage, or chooseImage (legacy or newer name): the same dialog, a different answer. */
  call:
    | PendingCall<'biz.util.uploadImage'>
    | PendingCall<'biz.util.chooseImage'>
    | PendingCall<'chooseImage'>;
}

interface Chosen {
  key: number;
  name: string;
  url: string;
  size: number;
  /** The file's extension, as chooseImage reports it (`'png'`). */
  fileType: string;
}

const extension = (file: File) =>
  file.name.includes('.')
    ? (file.name.split('.').pop() ?? '').toLowerCase()
    : file.type.replace(/^image\//, '');

/** An object URL where the browser has them (jsdom has not: a data URL there). */
function toImageUrl(file: File): Promise<string> {
  if (typeof URL.createObjectURL === 'function') return Promise.resolve(URL.createObjectURL(file));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

const revoke = (url: string) => {
  if (url.startsWith('blob:')) URL.revokeObjectURL(url);
};

/**
 * uploadImage and chooseImage: a real file input. The "uploaded" URLs (uploadImage) and the local
 * paths (chooseImage's `{ filePaths, files }`) are object URLs of the chosen files. uploadImage's
 * `multiple` and `max` and chooseImage's `count` (one image by default, as the client) are honoured
 * (extra files are left out, with a note).
 */
export function UploadImageDialog({ call }: UploadImageDialogProps) {
  const { t } = useHost();
  const choose = call.api !== 'biz.util.uploadImage';
  const params: { multiple?: boolean; max?: number; count?: number } = call.params;
  const multiple = choose ? (params.count ?? 1) > 1 : (params.multiple ?? false);
  const max = choose ? (params.count ?? 1) : multiple ? params.max : 1;
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [overflow, setOverflow] = useState(false);
  const keys = useRef(0);
  const uploaded = useRef(false);
  const inputId = useId();
  const latest = useRef(chosen);
  latest.current = chosen;

  // URLs of images that were not uploaded are released when the dialog goes.
  useEffect(
    () => () => {
      if (!uploaded.current) for (const image of latest.current) revoke(image.url);
    },
    [],
  );

  const add = async (files: File[]) => {
    const images = files.filter((file) => file.type === '' || file.type.startsWith('image/'));
    const room = max === undefined ? images.length : Math.max(0, max - latest.current.length);
    setOverflow(images.length > room);
    const added = await Promise.all(
      images.slice(0, room).map(async (file) => ({
        key: ++keys.current,
        name: file.name,
        url: await toImageUrl(file),
        size: file.size,
        fileType: extension(file),
      })),
    );
    setChosen((list) => [...list, ...added]);
  };

  return (
    <DialogShell
      onCancel={call.cancel}
      title={choose ? t.chooseImages : t.uploadImage}
      className="dkm-dialog--upload"
      footer={
        <DialogActions
          onCancel={call.cancel}
          onConfirm={() => {
            uploaded.current = true;
            const urls = chosen.map((image) => image.url);
            if (call.api === 'biz.util.uploadImage') call.resolve(urls);
            else
              call.resolve({
                filePaths: urls,
                files: chosen.map(({ url, size, fileType }) => ({ path: url, size, fileType })),
              });
          }}
          confirmLabel={choose ? t.ok : t.upload}
          confirmDisabled={chosen.length === 0}
        >
          <span className={`dkm-dialog__tip${overflow ? ' dkm-dialog__tip--warn' : ''}`} role="status">
            {overflow && max !== undefined ? t.tooManyImages(max) : t.imagesChosen(chosen.length, max)}
          </span>
        </DialogActions>
      }
    >
      <div className="dkm-upload__drop">
        <label htmlFor={inputId} className="dkm-button dkm-button--primary">
          {t.chooseImages}
        </label>
        <input
          id={inputId}
          className="dkm-visually-hidden"
          type="file"
          accept="image/*"
          multiple={multiple}
          disabled={max !== undefined && chosen.length >= max}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            void add(files);
          }}
        />
      </div>
      {chosen.length > 0 && (
        <ul className="dkm-upload__grid">
          {chosen.map((image, index) => (
            <li key={image.key} className="dkm-upload__item">
              <img src={image.url} alt={image.name} />
              <button
                type="button"
                className="dkm-icon-button"
                aria-label={t.removeImage(index + 1)}
                onClick={() => {
                  revoke(image.url);
                  setOverflow(false);
                  setChosen((list) => list.filter((item) => item.key !== image.key));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </DialogShell>
  );
}
