import { createRequire } from 'node:module';

/** The files of dingtalk-jsapi that Node has loaded so far. */
export const loadedPackageFiles = (): string[] =>
  Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('dingtalk-jsapi'));
