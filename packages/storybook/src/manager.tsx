// Storybook's manager compiles JSX to React.createElement with its own React: keep React in scope.
import * as React from 'react';
import { AddonPanel } from 'storybook/internal/components';
import { addons, types, useStorybookApi, useStorybookState } from 'storybook/manager-api';
import { CallsPanel } from './CallsPanel';
import { ADDON_ID, CALLS_EVENT, PANEL_ID, type PanelPayload } from './constants';
import type { SnippetStory } from './testSnippet';

// The latest calls, kept from the moment the addon registers: the panel may be opened (or its tab
// mounted) after the story has rendered.
let latest: PanelPayload | undefined;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function CurrentCalls() {
  const { storyId } = useStorybookState();
  const api = useStorybookApi();
  const payload = React.useSyncExternalStore(subscribe, () => latest);
  const entry = api.getCurrentStoryData();
  const story: SnippetStory | undefined =
    entry?.type === 'story'
      ? { title: entry.title, name: entry.name, exportName: entry.exportName, importPath: entry.importPath }
      : undefined;
  return <CallsPanel payload={payload?.storyId === storyId ? payload : undefined} story={story} />;
}

addons.register(ADDON_ID, (api) => {
  api.on(CALLS_EVENT, (next: PanelPayload) => {
    latest = next;
    for (const listener of listeners) listener();
  });
  addons.add(PANEL_ID, {
    type: types.PANEL,
    title: 'DingTalk',
    render: ({ active }) => (
      <AddonPanel active={active ?? false}>
        <CurrentCalls />
      </AddonPanel>
    ),
  });
});
