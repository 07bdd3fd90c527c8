import { type ReactNode, StrictMode } from 'react';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '@dingkit/react/styles.css';

/** The container widths the layout is measured at: pane, window, modals large/middle/mini, wide. */
export const widths = [360, 585, 676, 440, 366, 1024] as const;

/** A wide, tall viewport so containers up to 1024px never meet its edge. */
export async function useWideViewport(): Promise<void> {
  await page.viewport(1280, 1000);
}

/**
 * Renders `ui` in StrictMode inside a container `width` px wide (and `height` px tall, as the
 * page area of a DingTalk surface), like the pane or window a page is embedded in.
 */
export async function renderIn(ui: ReactNode, width: number, height?: number) {
  const frame = document.createElement('div');
  frame.dataset.testFrame = '';
  frame.style.width = `${width}px`;
  if (height !== undefined) {
    frame.style.height = `${height}px`;
    frame.style.overflow = 'auto';
    frame.style.setProperty('--dk-viewport-height', `${height}px`);
  }
  document.body.append(frame);
  const screen = await render(<StrictMode>{ui}</StrictMode>, { container: frame });
  return { ...screen, frame };
}

/** Waits until the browser has laid out, run ResizeObservers and painted twice. */
export function nextFrames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** Sets the container's width, as dragging the micro-app window's edge does, and lets layout settle. */
export async function dragTo(frame: HTMLElement, width: number): Promise<void> {
  frame.style.width = `${width}px`;
  await nextFrames();
}

/** Every element under `root` that overflows horizontally, described for the failure message. */
export function horizontalOverflows(root: HTMLElement): string[] {
  const bounds = root.getBoundingClientRect();
  const found: string[] = [];
  for (const element of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    const box = element.getBoundingClientRect();
    const name = `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;
    if (element.scrollWidth > element.clientWidth) {
      found.push(`${name} scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`);
    }
    if (box.width > 0 && (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5)) {
      found.push(
        `${name} spans ${box.left.toFixed(1)}–${box.right.toFixed(1)}, outside ${bounds.left}–${bounds.right}`,
      );
    }
  }
  return found;
}
