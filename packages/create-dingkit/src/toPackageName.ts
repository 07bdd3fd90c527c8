/**
 * A valid npm package name for an app in `folderName` (`My App` → `my-app`): lower case, spaces
 * and other characters npm refuses turned into `-`; `dingtalk-app` when nothing is left
 * (a folder named in Chinese, say).
 */
export function toPackageName(folderName: string): string {
  const name = folderName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[._-]+|-+$/g, '')
    .slice(0, 214);
  return name === '' ? 'dingtalk-app' : name;
}
