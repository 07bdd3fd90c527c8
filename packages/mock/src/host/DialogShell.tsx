import type { ReactNode, RefObject } from 'react';
import * as Dialog from './Dialog';
import { useHost } from './HostContext';

/** Props of {@link DialogShell}. */
export interface DialogShellProps {
  /** Closing it (Escape, the × button) cancels the call. */
  onCancel: () => void;
  /** The dialog's name, shown as its title unless `hideTitle`. */
  title: string;
  hideTitle?: boolean;
  /** Extra class on the dialog box, e.g. `dkm-dialog--picker`. */
  className?: string;
  /** Draws the × button in the header. @default true */
  closable?: boolean;
  /** What takes the focus first; the first focusable element otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** The dialog's description (a message): linked with aria-describedby. */
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
}

/** A centred DingTalk-like dialog: title bar, body, footer, over a dimmed page. */
export function DialogShell({
  onCancel,
  title,
  hideTitle = false,
  className,
  closable = true,
  initialFocus,
  description,
  children,
  footer,
}: DialogShellProps) {
  const { t, container } = useHost();
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Portal container={container}>
        <div className="dkm-root">
          <Dialog.Overlay className="dkm-overlay" />
          <Dialog.Content
            className={`dkm-dialog ${className ?? ''}`}
            onOpenAutoFocus={(event) => {
              if (!initialFocus?.current) return;
              event.preventDefault();
              initialFocus.current.focus();
            }}
          >
            <div className="dkm-dialog__header">
              <Dialog.Title className={hideTitle ? 'dkm-visually-hidden' : 'dkm-dialog__title'}>
                {title}
              </Dialog.Title>
              {closable && (
                <Dialog.Close className="dkm-icon-button" aria-label={t.close}>
                  ×
                </Dialog.Close>
              )}
            </div>
            {(description !== undefined || children) && (
              <div className="dkm-dialog__body">
                {description !== undefined && (
                  <Dialog.Description className="dkm-dialog__message">{description}</Dialog.Description>
                )}
                {children}
              </div>
            )}
            {footer && <div className="dkm-dialog__footer">{footer}</div>}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
