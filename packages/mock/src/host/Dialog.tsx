// The mock host's dialog primitive: Radix's dialog (focus trap, Escape on the topmost dialog,
// aria-modal with the page behind hidden, stacking), with the host's rules on top in Content.
import * as Radix from '@radix-ui/react-dialog';
import { type ComponentProps, useRef } from 'react';

export { Close, Description, Overlay, Portal, Root, Title } from '@radix-ui/react-dialog';

/** Props of {@link Content}: Radix's `Dialog.Content` props. */
export type ContentProps = ComponentProps<typeof Radix.Content>;

/**
 * Radix's `Dialog.Content`, except that:
 * - it says it is modal (`aria-modal`), as every dialog of the host is;
 * - closing it gives the focus back to the element that had it when it opened (the host's dialogs
 *   are opened by calls, not by a `Dialog.Trigger`, which is what Radix would focus);
 * - a press outside does not close it: as in DingTalk, a call's dialog is answered by its buttons
 *   or cancelled by Escape and its close button, never by a stray click on the page.
 */
export function Content({ onOpenAutoFocus, onCloseAutoFocus, onPointerDownOutside, ...props }: ContentProps) {
  const opener = useRef<HTMLElement | null>(null);
  return (
    <Radix.Content
      aria-modal
      {...props}
      onOpenAutoFocus={(event) => {
        const active = (event.currentTarget as Element).ownerDocument.activeElement;
        opener.current = active && 'focus' in active ? (active as HTMLElement) : null;
        onOpenAutoFocus?.(event);
      }}
      onCloseAutoFocus={(event) => {
        onCloseAutoFocus?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        if (opener.current?.isConnected) opener.current.focus({ preventScroll: true });
      }}
      onPointerDownOutside={(event) => {
        onPointerDownOutside?.(event);
        event.preventDefault();
      }}
    />
  );
}
