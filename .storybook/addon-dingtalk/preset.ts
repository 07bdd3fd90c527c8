import { fileURLToPath } from 'node:url';

/** Adds the "DingTalk" panel (the bridge calls of the current story) to the Storybook manager. */
export function managerEntries(entry: string[] = []): string[] {
  return [...entry, fileURLToPath(new URL('./manager.tsx', import.meta.url))];
}
