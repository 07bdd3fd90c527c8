// Storybook loads this file in Node when '@dingkit/storybook' is listed in `addons`.
import { fileURLToPath } from 'node:url';

// The built files next to this one (dist/).
const sibling = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Adds the "DingTalk" panel (the bridge calls of the current story) to the Storybook manager. */
export function managerEntries(entries: string[] = []): string[] {
  return [...entries, sibling('./manager.js')];
}

/** Wraps every story in the mocked DingTalk and adds the toolbar menus. */
export function previewAnnotations(entries: string[] = []): string[] {
  return [...entries, sibling('./preview.js')];
}
