// Box measurements of a mock dialog in the area it is drawn over (a surface's page area or the
// viewport): what a person would find cut off, described for the failure message.

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// Sub-pixel layout: a box may end a fraction of a pixel past its clip and still show.
const tolerance = 0.5;

const describe = (element: Element) =>
  `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;

const hidden = (element: Element) =>
  element.closest('.dkm-visually-hidden') !== null || element.getClientRects().length === 0;

const clips = (element: Element) => getComputedStyle(element).overflowX !== 'visible';

// Inside the padding box: a scroller's scrollbar is not room for content.
function paddingBox(element: Element): Box {
  const box = element.getBoundingClientRect();
  const left = box.left + element.clientLeft;
  const top = box.top + element.clientTop;
  return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right),
    top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

/** The part of `area` that `element` and its ancestors up to `root` leave visible (clipping, scrolling). */
function visibleBox(element: Element | null, root: Element, area: Box): Box {
  if (!element) return area;
  return ancestorsFrom(element, root)
    .filter(clips)
    .reduce((box, node) => intersect(box, paddingBox(node)), area);
}

function inside(inner: Box, outer: Box, axes: 'x' | 'xy'): boolean {
  const x = inner.left >= outer.left - tolerance && inner.right <= outer.right + tolerance;
  if (axes === 'x') return x;
  return x && inner.top >= outer.top - tolerance && inner.bottom <= outer.bottom + tolerance;
}

let context: CanvasRenderingContext2D | null = null;

/** The width of the ellipsis that `element` draws where it truncates its text. */
function ellipsisWidth(element: Element): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  context.font = getComputedStyle(element).font;
  return context.measureText('…').width;
}

/** Elements wider than their box, other than text truncated on purpose (checked by `cutTexts`). */
export function horizontalOverflows(root: Element): string[] {
  const found: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (hidden(element) || element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      continue;
    }
    if (getComputedStyle(element).textOverflow === 'ellipsis' && clips(element)) continue;
    if (element.scrollWidth > element.clientWidth + 1) {
      found.push(
        `${describe(element)} scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`,
      );
    }
  }
  return found;
}

/**
 * Texts under `root` that do not show at least their first two characters: each text's first two
 * glyphs must lie inside every clipping ancestor (less the ellipsis, where one truncates it) and
 * inside `area`. Texts scrolled out of sight vertically are not visible, so not judged.
 */
export function cutTexts(root: Element, area: Box): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const start = text.search(/\S/);
    const parent = node.parentElement;
    if (start < 0 || !parent || hidden(parent)) continue;
    const two = [...text.slice(start)].slice(0, 2).join('');
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + two.length);
    const glyphs = [...range.getClientRects()].filter((rect) => rect.width > 0);
    let visible = visibleBox(parent, root, area);
    // The ellipsis takes the place of the glyphs at the end of the truncating box.
    const truncating = ancestorsFrom(parent, root).find(
      (element) =>
        clips(element) &&
        getComputedStyle(element).textOverflow === 'ellipsis' &&
        element.scrollWidth > element.clientWidth,
    );
    if (truncating) visible = { ...visible, right: visible.right - ellipsisWidth(truncating) };
    for (const glyph of glyphs) {
      const seen = glyph.bottom > visible.top + tolerance && glyph.top < visible.bottom - tolerance;
      if (seen && !inside(glyph, visible, 'x')) {
        found.push(
          `"${text.trim().slice(0, 24)}" in ${describe(parent)}: its first two characters span ${glyph.left.toFixed(1)}–${glyph.right.toFixed(1)}, visible ${visible.left.toFixed(1)}–${visible.right.toFixed(1)}`,
        );
        break;
      }
    }
  }
  return found;
}

/** `element` and its ancestors up to `root`. */
function ancestorsFrom(element: Element, root: Element): Element[] {
  const list: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    list.push(node);
    if (node === root) break;
  }
  return list;
}

/** Where the buttons that answer, close or steer a dialog sit: they must be seen whole. */
const chrome =
  '.dkm-dialog__header, .dkm-dialog__footer, .dkm-frame__bar, .dkm-gallery__bar, .dkm-gallery__stage, .dkm-download';

/**
 * Buttons under `root` that are cut: every button must be whole horizontally, and those of the
 * dialog's title bar, footer and controls whole in both directions (others may be scrolled to).
 */
export function cutButtons(root: Element, area: Box): string[] {
  const found: string[] = [];
  for (const button of root.querySelectorAll('button, [role="button"], label.dkm-button')) {
    if (hidden(button)) continue;
    const box = button.getBoundingClientRect();
    const axes = button.closest(chrome) ? 'xy' : 'x';
    const visible = visibleBox(button.parentElement, root, area);
    if (!inside(box, visible, axes)) {
      found.push(
        `${describe(button)} "${button.textContent ?? ''}" spans ${box.left.toFixed(1)}–${box.right.toFixed(1)} × ${box.top.toFixed(1)}–${box.bottom.toFixed(1)}, visible ${visible.left.toFixed(1)}–${visible.right.toFixed(1)} × ${visible.top.toFixed(1)}–${visible.bottom.toFixed(1)}`,
      );
    }
  }
  return found;
}

/** Everything `root` (a dialog, toast or card) does wrong in `area`; empty when it fits. */
export function misfits(root: Element, area: Box): string[] {
  const box = root.getBoundingClientRect();
  const outside = inside(box, area, 'xy')
    ? []
    : [
        `${describe(root)} spans ${box.left.toFixed(1)}–${box.right.toFixed(1)} × ${box.top.toFixed(1)}–${box.bottom.toFixed(1)}, outside ${area.left}–${area.right} × ${area.top}–${area.bottom}`,
      ];
  return [...outside, ...horizontalOverflows(root), ...cutTexts(root, area), ...cutButtons(root, area)];
}
