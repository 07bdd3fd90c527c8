import type { ImageResizer } from '@dingkit/react';

/** A person of the sample organisation. */
export interface Person {
  id: string;
  name: string;
  department: string;
  /** A DingTalk-style avatar URL; `demoResize` turns it into a local SVG, so nothing is fetched. */
  avatar: string;
  color: string;
}

const base = 'https://static.dingtalk.com/media/demo-avatar-';

export const people: readonly Person[] = [
  { id: 'zhangsan', name: '张三', department: '产品部', avatar: `${base}zhangsan.jpg`, color: '#1769e0' },
  { id: 'lisi', name: '李四', department: '财务部', avatar: `${base}lisi.jpg`, color: '#007a4d' },
  { id: 'wangwu', name: '王五', department: '研发部', avatar: `${base}wangwu.jpg`, color: '#a85a00' },
  { id: 'zhaoliu', name: '赵六', department: '市场部', avatar: `${base}zhaoliu.jpg`, color: '#7a3fd1' },
  { id: 'ouyang', name: '欧阳娜娜', department: '人力资源部', avatar: `${base}ouyang.jpg`, color: '#d93026' },
];

/**
 * A square SVG avatar as a data URL: the person's last character on their colour, with the pixel
 * size written small in the corner so a story shows which zoom the browser picked.
 */
export function avatarDataUrl(person: Pick<Person, 'name' | 'color'>, size: number): string {
  const letter = person.name.slice(-1);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<rect width="100%" height="100%" fill="${person.color}"/>` +
    `<text x="50%" y="50%" dy=".35em" text-anchor="middle" font-family="sans-serif" font-size="${size * 0.45}" fill="#fff">${letter}</text>` +
    `<text x="${size - 3}" y="${size - 3}" text-anchor="end" font-family="sans-serif" font-size="${Math.max(8, size * 0.12)}" fill="#fff" opacity=".8">${size}</text>` +
    '</svg>';
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const generated = new Map<string, string>();

/**
 * Stands in for DingTalk's image service in stories: the zoomed URL of a sample avatar becomes a
 * generated SVG of exactly that size, served from a blob: URL (Chromium's srcset choice ignores
 * pixel density for data: URLs, so those would not show which zoom was picked). Unknown URLs get
 * a grey placeholder. Nothing is fetched from the network.
 */
export const demoResize: ImageResizer = (url, size) => {
  const person = people.find((candidate) => url.startsWith(candidate.avatar));
  const key = `${person?.id ?? '?'}@${size}`;
  let generatedUrl = generated.get(key);
  if (!generatedUrl) {
    const dataUrl = avatarDataUrl(person ?? { name: '?', color: '#6b6e70' }, size);
    if (typeof URL.createObjectURL !== 'function') return dataUrl;
    const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
    generatedUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    generated.set(key, generatedUrl);
  }
  return generatedUrl;
};
