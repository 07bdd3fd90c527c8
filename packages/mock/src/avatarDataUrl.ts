// DingTalk's own default avatar: the last two characters of the name on a coloured disc.
const colors = ['#3296FA', '#5C8EFF', '#15BC83', '#FF9200', '#7C6FF5', '#00B7C3', '#F25643', '#FFBA00'];

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A DingTalk-style avatar for `name` as an SVG data URL: the last two characters of the name on
 * a disc whose colour is derived from `seed` (the userid by default). Made locally, no network.
 */
export function avatarDataUrl(name: string, seed: string = name): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  const color = colors[hash % colors.length];
  const label = escapeXml(Array.from(name.trim()).slice(-2).join('') || '?');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80" viewBox="0 0 80 80"><circle cx="40" cy="40" r="40" fill="${color}"/><text x="40" y="40" dy=".35em" text-anchor="middle" font-family="PingFang SC,Microsoft YaHei,sans-serif" font-size="26" fill="#fff">${label}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
