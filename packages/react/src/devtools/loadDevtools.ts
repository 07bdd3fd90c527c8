// The one module that imports the debug panel: its code is a chunk of its own, requested only
// when a page asks for the panel (`?dk_debug=1`, or the provider's `devtools` prop).

/** Loads the debug panel's chunk. */
export const loadDevtools = () => import('./DevtoolsPanel');
