import type { DingTalkParameters, SurfaceId } from '@dingkit/storybook';

/**
 * Story annotations that show it in `surface`: the toolbar shows that surface for the story, and
 * `parameters.dingtalk` adds the title or a dragged width.
 */
export function on(
  surface: SurfaceId,
  dingtalk: Pick<DingTalkParameters, 'surfaceTitle' | 'surfaceWidth'> = {},
) {
  return { globals: { surface }, parameters: { dingtalk: { surface, ...dingtalk } } };
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
