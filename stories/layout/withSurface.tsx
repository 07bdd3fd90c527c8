import { type SurfaceId, withSurfaceFrame } from '../support/SurfaceFrame';
import '@dingkit/react/styles.css';

/**
 * Draws each story of a file in its DingTalk surface (see `withSurfaceFrame`), so the layout
 * stories look right with or without the global surface toolbar.
 */
export const withSurface = withSurfaceFrame;

/** Story annotations that show it in `surface` (both as the toolbar global and as a parameter). */
export function on(surface: SurfaceId, parameters: Record<string, unknown> = {}) {
  return { globals: { surface }, parameters: { surface, ...parameters } };
}

/**
 * The page area of the story's frame: the element DingTalk's page would fill. Query the app's own
 * elements here: the mock's dialogs, toasts and download cards are drawn over the page, inside the
 * canvas too.
 */
export function surfaceContent(canvasElement: HTMLElement): HTMLElement {
  const content = canvasElement.querySelector<HTMLElement>('[data-surface-content]');
  if (!content) throw new Error('The story is not inside a SurfaceFrame.');
  return content;
}

/** Elements inside `root` wider than their box (the horizontal overflow a page must not have). */
export function overflowingElements(root: HTMLElement): string[] {
  return [root, ...root.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.scrollWidth > element.clientWidth)
    .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`);
}
