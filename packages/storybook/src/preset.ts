// Storybook loads this file in Node when '@dingkit/storybook' is listed in `addons`.
import { sep } from 'node:path';
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

/**
 * Has Vite pre-bundle the addon with its dependencies (`@dingkit/react`, the mock) and React when
 * it is installed as a package: Vite serves files of node_modules that are loaded by path (the
 * preview annotations, the renderer's) as they are, and leaves CommonJS they import unconverted
 * unless it is pre-bundled.
 */
export function optimizeViteDeps(deps: string[] = []): string[] {
  const installed = sibling('.').includes(`${sep}node_modules${sep}`);
  return installed ? [...deps, 'react', '@dingkit/storybook'] : deps;
}
