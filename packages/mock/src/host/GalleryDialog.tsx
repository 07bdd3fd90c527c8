import { useState } from 'react';
import * as Dialog from './Dialog';
import { useHost } from './HostContext';

/** Props of {@link GalleryDialog}. */
export interface GalleryDialogProps {
  urls: readonly string[];
  /** The image shown first; the first one when it is not among `urls`. */
  current: string | undefined;
  onClose: () => void;
}

/** previewImage: the images one at a time, starting at `current`; arrows and ←/→ to move. */
export function GalleryDialog({ urls, current, onClose }: GalleryDialogProps) {
  const { t, container } = useHost();
  const [index, setIndex] = useState(() => Math.max(0, current === undefined ? 0 : urls.indexOf(current)));
  const go = (next: number) => setIndex(Math.min(urls.length - 1, Math.max(0, next)));
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal container={container}>
        <div className="dkm-root">
          <Dialog.Content
            className="dkm-gallery"
            onKeyDown={(event) => {
              if (event.key === 'ArrowLeft') go(index - 1);
              else if (event.key === 'ArrowRight') go(index + 1);
            }}
          >
            <div className="dkm-gallery__bar">
              <Dialog.Title className="dkm-dialog__title">{t.previewImage}</Dialog.Title>
              <span className="dkm-gallery__count" aria-live="polite">
                {t.imageOf(index + 1, urls.length)}
              </span>
              <Dialog.Close className="dkm-icon-button" aria-label={t.close}>
                ×
              </Dialog.Close>
            </div>
            <div className="dkm-gallery__stage">
              <button
                type="button"
                className="dkm-gallery__nav"
                aria-label={t.previous}
                disabled={index === 0}
                onClick={() => go(index - 1)}
              >
                ‹
              </button>
              <img className="dkm-gallery__image" src={urls[index]} alt={t.imageOf(index + 1, urls.length)} />
              <button
                type="button"
                className="dkm-gallery__nav"
                aria-label={t.next}
                disabled={index >= urls.length - 1}
                onClick={() => go(index + 1)}
              >
                ›
              </button>
            </div>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
