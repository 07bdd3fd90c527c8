'use client';

// `@dingkit/react/devtools`: the debug panel, for apps that mount it themselves. The provider
// loads the same module on demand (`devtools` prop or `?dk_debug=1`); importing it here puts it
// in the app's bundle.
export type { DevtoolsLog } from './DevtoolsLog';
export { DevtoolsPanel, type DevtoolsPanelProps } from './DevtoolsPanel';
export { type DevtoolsLabels, devtoolsLabels } from './devtoolsLabels';
export { type DevtoolsFacts, type DevtoolsStep, devtoolsFacts, devtoolsReport } from './devtoolsReport';
