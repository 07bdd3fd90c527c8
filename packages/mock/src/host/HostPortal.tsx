import { type ReactNode, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

/** Renders into `container` (the body by default) once mounted, so server renders emit nothing. */
export function HostPortal({ children, container }: { children: ReactNode; container?: HTMLElement | null }) {
  const [target, setTarget] = useState<HTMLElement | null>(null);
  useEffect(() => setTarget(container ?? document.body), [container]);
  return target ? createPortal(children, target) : null;
}
