/** The modules of dingtalk-jsapi this page has fetched so far. */
export const loadedPackageFiles = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('dingtalk-jsapi'));
