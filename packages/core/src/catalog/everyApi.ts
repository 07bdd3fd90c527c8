// Every descriptor, for the full catalog's namespace import. Kept apart from apis.ts, which apps
// import: the build makes the namespace object in the module imported as a namespace, and here it
// goes into the lazily loaded catalog's chunk rather than into an app's first load.
export * from './apis';
