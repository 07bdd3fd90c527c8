import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toId } from 'storybook/internal/csf';
import { expect, it } from 'vitest';

// The Docs pages come in Chinese and in English (under Docs/English) and link to each other with
// Storybook's `?path=/docs/<id>` links: each must name a page that exists, and each page must have
// its counterpart.
const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = join(root, 'stories');

const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(join(docs, file), 'utf8');
    const title = /<Meta\s+title="([^"]+)"/.exec(text)?.[1];
    return { file: relative(root, join(docs, file)), text, title, id: title && toId(title, 'docs') };
  });
const ids = new Set(pages.map((page) => page.id));

it('every ?path=/docs/ link names an existing Docs page', () => {
  const broken = pages.flatMap(({ file, text }) =>
    [...text.matchAll(/\(\?path=\/docs\/([^)\s]+)\)/g)]
      .map((match) => match[1]!)
      .filter((id) => !ids.has(id))
      .map((id) => `${file}: ${id}`),
  );
  expect(broken).toEqual([]);
});

it('every Docs page has its other-language version, and links to it', () => {
  const alone = pages
    .filter(({ title }) => title?.startsWith('Docs/'))
    .filter(({ text }) => !/^\[(English|简体中文)\]\(\?path=\/docs\/[^)]+\)$/m.test(text))
    .map(({ file }) => file);
  expect(alone).toEqual([]);
  const english = pages.filter(({ title }) => title?.startsWith('Docs/English/')).length;
  const chinese = pages.filter(
    ({ title }) => title?.startsWith('Docs/') && !title.startsWith('Docs/English/'),
  ).length;
  expect(chinese).toBe(english);
});
