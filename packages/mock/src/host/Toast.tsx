import type { ToastType } from '@dingkit/core';
import { useEffect, useState } from 'react';
import { useHost } from './HostContext';

/** A toast or a notice the host shows. */
export interface ToastItem {
  id: string;
  type: ToastType;
  text: string;
  /** Milliseconds before it appears. */
  delayMs: number;
  /** Milliseconds it stays. */
  durationMs: number;
}

const icons: Record<ToastType, string> = {
  alert: '!',
  success: '✓',
  error: '×',
  warning: '!',
  information: 'i',
  confirm: '?',
};

/** Props of {@link Toast}. */
export interface ToastProps {
  toast: ToastItem;
  onDone: (id: string) => void;
}

/** One toast: hidden for `delayMs`, shown for `durationMs`, then gone. */
export function Toast({ toast, onDone }: ToastProps) {
  const { t } = useHost();
  const [visible, setVisible] = useState(toast.delayMs <= 0);
  useEffect(() => {
    const show = setTimeout(() => setVisible(true), toast.delayMs);
    const hide = setTimeout(() => onDone(toast.id), toast.delayMs + toast.durationMs);
    return () => {
      clearTimeout(show);
      clearTimeout(hide);
    };
  }, [toast, onDone]);
  if (!visible) return null;
  return (
    <div className={`dkm-toast dkm-toast--${toast.type}`} data-type={toast.type}>
      <span className="dkm-toast__icon" aria-hidden="true">
        {icons[toast.type] ?? 'i'}
      </span>
      <span className="dkm-visually-hidden">{`${t.toastTypes[toast.type] ?? ''}: `}</span>
      <span>{toast.text}</span>
    </div>
  );
}
