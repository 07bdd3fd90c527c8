import { useEffect, useRef, useState } from 'react';
import { type FrameEventMessage, isFrameNavigationMessage } from '../frameMessages';
import type { PendingCall } from '../MockController';
import * as Dialog from './Dialog';
import { frameUrl } from './frameUrl';
import { useHost } from './HostContext';

// openModal's sizes include the title bar (pc-jsapi: 尺寸选择详情).
const modalSizes = {
  large: { width: 676, height: 545 },
  middle: { width: 440, height: 300 },
  mini: { width: 366, height: 120 },
} as const;

/** Props of {@link FrameDialog}. */
export interface FrameDialogProps {
  call: PendingCall<'biz.util.openModal'> | PendingCall<'biz.util.openSlidePanel'>;
}

/**
 * openModal and openSlidePanel: the URL in an iframe under a title bar. The page inside answers
 * the opener with `biz.navigation.quit({ message })` through its own mock bridge (a postMessage
 * to this window); `setTitle` retitles it and, in a slide panel, `setLeft` names the left button,
 * whose clicks reach the page as `leftBtnClick`. Closing it otherwise cancels the call.
 */
export function FrameDialog({ call }: FrameDialogProps) {
  const { t, container } = useHost();
  const isPanel = call.api === 'biz.util.openSlidePanel';
  const [title, setTitle] = useState(call.params.title ?? '');
  const [leftText, setLeftText] = useState<string | undefined>(undefined);
  const iframe = useRef<HTMLIFrameElement>(null);
  const doc = container?.ownerDocument ?? (typeof document === 'undefined' ? undefined : document);
  const url = doc ? frameUrl(call.params.url, doc.baseURI) : undefined;
  const size =
    call.api === 'biz.util.openModal'
      ? (modalSizes[(call.params as { size?: 'middle' | 'mini' }).size ?? 'large'] ?? modalSizes.large)
      : undefined;

  useEffect(() => {
    const view = doc?.defaultView;
    if (!view) return;
    const onMessage = (event: MessageEvent) => {
      // Only the page in this dialog's own iframe can steer it.
      if (!iframe.current || event.source !== iframe.current.contentWindow) return;
      if (!isFrameNavigationMessage(event.data)) return;
      const { api, params } = event.data;
      if (api === 'biz.navigation.quit') {
        call.resolve(typeof params.message === 'string' ? { message: params.message } : {});
      } else if (api === 'biz.navigation.setTitle') {
        setTitle(typeof params.title === 'string' ? params.title : '');
      } else if (isPanel) {
        setLeftText(typeof params.text === 'string' ? params.text : '');
      }
    };
    view.addEventListener('message', onMessage);
    return () => view.removeEventListener('message', onMessage);
  }, [call, doc, isPanel]);

  const clickLeft = () => {
    const target = iframe.current?.contentWindow;
    if (!target || !url) return;
    const message: FrameEventMessage = { dingkitMock: 'event', event: 'leftBtnClick' };
    target.postMessage(message, url.origin === 'null' ? '*' : url.origin);
  };

  const name = title || call.params.url;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && call.cancel()}>
      <Dialog.Portal container={container}>
        <div className="dkm-root">
          <Dialog.Overlay className="dkm-overlay" />
          <Dialog.Content
            className={isPanel ? 'dkm-panel' : 'dkm-dialog dkm-frame'}
            style={size ? { width: size.width, height: size.height } : undefined}
            data-size={size ? `${size.width}x${size.height}` : undefined}
          >
            <div className="dkm-frame__bar">
              {isPanel && (
                <button
                  type="button"
                  className={leftText ? 'dkm-link' : 'dkm-icon-button'}
                  onClick={leftText ? clickLeft : call.cancel}
                  aria-label={leftText ? undefined : t.close}
                >
                  {leftText || '‹'}
                </button>
              )}
              <Dialog.Title className="dkm-dialog__title">
                {title || <span className="dkm-visually-hidden">{name}</span>}
              </Dialog.Title>
              <Dialog.Close className="dkm-icon-button" aria-label={t.close}>
                ×
              </Dialog.Close>
            </div>
            {url ? (
              <iframe ref={iframe} className="dkm-frame__iframe" src={url.href} title={name} />
            ) : (
              <p className="dkm-frame__blocked" role="alert">
                {t.blockedUrl(call.params.url)}
              </p>
            )}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
