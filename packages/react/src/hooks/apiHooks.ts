// The action hooks of one JS-API each: the hook table. Each line makes a hook from the API's
// descriptor (`createApiHook`); the hook carries that descriptor (`useConfirm.api`) and the params
// it takes from the provider's signature (`useConfirm.fromSignature`), which is what the README's
// table, the Storybook tables and `isSupported(useX)` read. An app's bundler keeps the hooks it
// imports and their descriptors, nothing else (`createApiHook` has no side effects).
//
// Each hook's JSDoc is its summary, written here once: the first line in English, the second in
// Chinese, both short enough for an editor's tooltip. The Storybook docs show them
// (scripts/hook-summaries.mjs copies them; `--check` in the tests). Every hook returns
// `{ run, data, error, status, isPending, progress, reset, cancel }`.
//
// One file per family of APIs, re-exported here whole: a bundler that assigns whole modules to
// chunks (esbuild) would otherwise put the descriptors of every hook in an app's first load, as
// the full catalog shares them.

export * from './authCodeHooks';
export * from './contactHooks';
export * from './deviceHooks';
export * from './dialogHooks';
export * from './dingHooks';
export * from './fileHooks';
export * from './navigationHooks';
