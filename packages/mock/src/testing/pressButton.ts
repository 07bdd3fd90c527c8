import { messages } from '../host/messages';

/** The buttons of confirm and prompt when the app passes no `buttonLabels` (as the host shows them). */
export function messageButtons(buttonLabels: readonly string[] | undefined): readonly string[] {
  return buttonLabels?.length ? buttonLabels : [messages['zh-CN'].ok, messages['zh-CN'].cancel];
}

/**
 * The index of the button a person presses, by index or label; throws for a button the dialog
 * does not have. `extra` are further buttons with their own index (actionSheet's cancel is -1).
 */
export function pressButton(
  helper: string,
  labels: readonly string[],
  button: number | string,
  extra: readonly [label: string, index: number][] = [],
): number {
  const shown = [
    ...labels.map((label, index) => `${index}: ${label}`),
    ...extra.map(([l, i]) => `${i}: ${l}`),
  ];
  if (typeof button === 'string') {
    const index = labels.indexOf(button);
    if (index >= 0) return index;
    const other = extra.find(([label]) => label === button);
    if (other) return other[1];
  } else if (
    (Number.isInteger(button) && button >= 0 && button < labels.length) ||
    extra.some(([, i]) => i === button)
  ) {
    return button;
  }
  throw new Error(
    `${helper}: the dialog has no button ${JSON.stringify(button)}. Its buttons: ${shown.join(', ')}.`,
  );
}
