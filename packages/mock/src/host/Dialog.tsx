// The dialog primitive of the mock host: the subset of @radix-ui/react-dialog's API the host
// uses (Root, Portal, Overlay, Content, Title, Description, Close), so that the dialogs can move
// onto Radix by changing this one file. Focus moves into the dialog and back to where it was,
// Tab stays inside the topmost dialog, Escape closes the topmost one.
import {
  type ComponentPropsWithoutRef,
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createPortal } from 'react-dom';

interface DialogContextValue {
  onOpenChange: (open: boolean) => void;
  titleId: string;
  descriptionId: string;
}

const DialogContext = createContext<DialogContextValue | null>(null);

function useDialogContext(part: string): DialogContextValue {
  const context = useContext(DialogContext);
  if (!context) throw new Error(`Dialog.${part} must be rendered inside Dialog.Root.`);
  return context;
}

/** Open dialog contents, topmost last: only the topmost one traps focus and hears Escape. */
const stack: HTMLElement[] = [];

const tabbableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function tabbables(node: HTMLElement): HTMLElement[] {
  return Array.from(node.querySelectorAll<HTMLElement>(tabbableSelector)).filter(
    (element) => element.tabIndex >= 0 && !element.closest('[hidden]'),
  );
}

/** Props of {@link Root}. */
export interface RootProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children?: ReactNode;
}

/** Holds one dialog's state; renders nothing while closed. */
export function Root({ open, onOpenChange, children }: RootProps) {
  const titleId = useId();
  const descriptionId = useId();
  const value = useMemo(
    () => ({ onOpenChange, titleId, descriptionId }),
    [onOpenChange, titleId, descriptionId],
  );
  if (!open) return null;
  return <DialogContext.Provider value={value}>{children}</DialogContext.Provider>;
}

/** Renders into `container` (the document's body by default), after mounting (SSR-safe). */
export function Portal({ children, container }: { children?: ReactNode; container?: HTMLElement | null }) {
  const [target, setTarget] = useState<HTMLElement | null>(null);
  useEffect(() => setTarget(container ?? document.body), [container]);
  return target ? createPortal(children, target) : null;
}

/** The dimmed backdrop. */
export function Overlay(props: ComponentPropsWithoutRef<'div'>) {
  return <div {...props} />;
}

/** Props of {@link Content}. */
export interface ContentProps extends ComponentPropsWithoutRef<'div'> {
  /** Called on Escape while this is the topmost dialog; `preventDefault()` keeps it open. */
  onEscapeKeyDown?: (event: KeyboardEvent) => void;
  /** Called when the dialog takes focus; `preventDefault()` to focus something else yourself. */
  onOpenAutoFocus?: (event: Event) => void;
}

/** The dialog itself: `role="dialog"`, labelled by its Title (or `aria-label`), modal for focus. */
export function Content({ onEscapeKeyDown, onOpenAutoFocus, children, ...props }: ContentProps) {
  const context = useDialogContext('Content');
  const ref = useRef<HTMLDivElement>(null);
  // Callbacks in refs: a new function on each render must not move the focus again.
  const onEscape = useRef(onEscapeKeyDown);
  const autoFocus = useRef(onOpenAutoFocus);
  const change = useRef(context.onOpenChange);
  onEscape.current = onEscapeKeyDown;
  autoFocus.current = onOpenAutoFocus;
  change.current = context.onOpenChange;
  const { descriptionId } = context;

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const document = node.ownerDocument;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    stack.push(node);
    if (document.getElementById(descriptionId) && !node.hasAttribute('aria-describedby')) {
      node.setAttribute('aria-describedby', descriptionId);
    }
    const focusEvent = new Event('dialog.openAutoFocus', { cancelable: true });
    autoFocus.current?.(focusEvent);
    if (!focusEvent.defaultPrevented) (tabbables(node)[0] ?? node).focus();

    const isTop = () => stack[stack.length - 1] === node;
    const onFocusIn = (event: FocusEvent) => {
      if (isTop() && event.target instanceof Node && !node.contains(event.target)) {
        (tabbables(node)[0] ?? node).focus();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isTop() || event.defaultPrevented) return;
      if (event.key === 'Escape') {
        onEscape.current?.(event);
        if (!event.defaultPrevented) {
          event.preventDefault();
          change.current(false);
        }
      } else if (event.key === 'Tab') {
        const list = tabbables(node);
        const first = list[0];
        const last = list[list.length - 1];
        const active = document.activeElement;
        if (!first || !last) {
          event.preventDefault();
          node.focus();
        } else if (event.shiftKey && (active === first || active === node)) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && active === last) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
      stack.splice(stack.indexOf(node), 1);
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [descriptionId]);

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby={props['aria-label'] ? undefined : context.titleId}
      tabIndex={-1}
      {...props}
      ref={ref}
    >
      {children}
    </div>
  );
}

/** The dialog's accessible name. */
export function Title(props: ComponentPropsWithoutRef<'h2'>) {
  const { titleId } = useDialogContext('Title');
  return <h2 id={titleId} {...props} />;
}

/** The dialog's accessible description. */
export function Description(props: ComponentPropsWithoutRef<'div'>) {
  const { descriptionId } = useDialogContext('Description');
  return <div id={descriptionId} {...props} />;
}

/** A button that closes the dialog (the host treats that as the person cancelling). */
export function Close({ onClick, ...props }: ComponentPropsWithoutRef<'button'>) {
  const { onOpenChange } = useDialogContext('Close');
  return (
    <button
      type="button"
      {...props}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) onOpenChange(false);
      }}
    />
  );
}
