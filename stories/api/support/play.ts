import { expect, userEvent, waitFor, within } from 'storybook/test';

/** What a play function gets that these helpers use. */
export interface PlayContext {
  canvasElement: HTMLElement;
}

/** The whole page: the mock dialogs render into the body, outside the story's canvas. */
export const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/**
 * Clicks the app's button labelled `label`: in the surface's page, not in the client's own bars
 * (the mobile surface's navigation bar has a 返回 of its own).
 */
export async function press(canvasElement: HTMLElement, label: string) {
  const app = canvasElement.querySelector<HTMLElement>('[data-surface-content]') ?? canvasElement;
  await userEvent.click(within(app).getByRole('button', { name: label }));
}

/** Waits until the output named `name` (status, result, error, handshake) reads `expected`. */
export async function expectOutput(
  canvasElement: HTMLElement,
  name: string,
  expected: string | RegExp,
  timeout = 4000,
) {
  // Looked up inside the wait: while a mock dialog is open it is modal, and the page behind it
  // is hidden from assistive technology (and from queries by role) until it closes.
  await waitFor(
    () => {
      const output = within(canvasElement).getByRole('status', { name });
      if (typeof expected === 'string') expect(output.textContent).toBe(expected);
      else expect(output.textContent).toMatch(expected);
    },
    { timeout },
  );
}

/** The mock dialog named `name`, once it is shown. */
export function findDialog(canvasElement: HTMLElement, name: string | RegExp) {
  return page(canvasElement).findByRole('dialog', { name }, { timeout: 4000 });
}

/** In the dialog named `dialogName`, clicks the button named `button`. */
export async function answer(
  canvasElement: HTMLElement,
  dialogName: string | RegExp,
  button: string | RegExp,
) {
  const dialog = await findDialog(canvasElement, dialogName);
  await userEvent.click(within(dialog).getByRole('button', { name: button }));
}

/** Dismisses the topmost mock dialog with Escape. */
export async function dismiss(canvasElement: HTMLElement, dialogName: string | RegExp) {
  await findDialog(canvasElement, dialogName);
  await userEvent.keyboard('{Escape}');
}

/** Answers the generic dialog of `api` (APIs without a dedicated mock dialog) with `json`. */
export async function respondWithJson(canvasElement: HTMLElement, api: string, json: string) {
  const dialog = await findDialog(canvasElement, `${api} 需要人工响应`);
  const field = within(dialog).getByRole('textbox', { name: '结果（JSON）' });
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(json);
  await userEvent.click(within(dialog).getByRole('button', { name: '返回结果' }));
}

/** A small PNG made in the browser, as a person's photo would be. */
export async function pngFile(name: string, color: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d');
  if (context) {
    context.fillStyle = color;
    context.fillRect(0, 0, 64, 48);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return new File([blob ?? new Blob()], name, { type: 'image/png' });
}

/** The document of the page inside the mock modal or slide panel named `name`, once it shows `text`. */
export async function framedDocument(
  canvasElement: HTMLElement,
  name: string | RegExp,
  text: string | RegExp,
) {
  const dialog = await findDialog(canvasElement, name);
  const iframe = dialog.querySelector('iframe');
  if (!iframe) throw new Error('The dialog has no iframe.');
  await waitFor(() => expect(iframe.contentDocument?.body?.textContent ?? '').toMatch(text), {
    timeout: 15000,
  });
  return iframe.contentDocument as Document;
}

// The page inside a mock modal or slide panel is another document that goes away when it quits:
// it is driven with its own DOM events, as its own code would see a person's input.
/** Types `text` into an input of a framed page. */
export function typeInFrame(input: HTMLElement, text: string) {
  const view = input.ownerDocument.defaultView;
  if (!view || !(input instanceof view.HTMLInputElement)) throw new Error('Not an input of a framed page.');
  Object.getOwnPropertyDescriptor(view.HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new view.Event('input', { bubbles: true }));
}

/** Clicks a button of a framed page. */
export function clickInFrame(button: HTMLElement) {
  button.click();
}
