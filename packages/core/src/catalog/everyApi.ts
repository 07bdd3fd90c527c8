// Every descriptor, for the full catalog's namespace import: kept apart from apis.ts (which the
// hooks import through) so that the namespace object lives in the catalog's chunk.
export * from './apis';
