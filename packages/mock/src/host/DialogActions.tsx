import type { ReactNode } from 'react';
import { useHost } from './HostContext';

/** Props of {@link DialogActions}. */
export interface DialogActionsProps {
  /** The cancel button's action: the pending call's `cancel`. */
  onCancel: () => void;
  /** The primary button's action: answers the call. */
  onConfirm: () => void;
  /** The primary button's text. @default the locale's 确定 / OK */
  confirmLabel?: string;
  /** Disables the primary button while there is nothing to answer. @default false */
  confirmDisabled?: boolean;
  /** What sits before the buttons, e.g. a status tip. */
  children?: ReactNode;
}

/** A dialog footer as DingTalk's: cancel, then the primary button. */
export function DialogActions({
  onCancel,
  onConfirm,
  confirmLabel,
  confirmDisabled,
  children,
}: DialogActionsProps) {
  const { t } = useHost();
  return (
    <>
      {children}
      <button type="button" className="dkm-button" onClick={onCancel}>
        {t.cancel}
      </button>
      <button
        type="button"
        className="dkm-button dkm-button--primary"
        disabled={confirmDisabled}
        onClick={onConfirm}
      >
        {confirmLabel ?? t.ok}
      </button>
    </>
  );
}
