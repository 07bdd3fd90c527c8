import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each README has a Chinese translation beside it (README.zh-CN.md) that must stay in step: the
// same code samples in the same order, byte for byte (so a sample changed in one is changed in the
// other, and the README-block compile test covers both), the same headings' levels in the same
// order, the same generated regions, and a link to the other language at the top. The regions
// are generated into the English README (e.g. the hooks table, by readme-hooks-table.test.ts);
// `UPDATE_README=1 npx vitest run test/node/readme-translations.test.ts` copies them over.
const root = fileURLToPath(new URL('../..', import.meta.url));
const translation = 'README.zh-CN.md';
// Package READMEs are shown on npmjs.com, where a relative link to a file that is not the README
// does not work: they link to the repository instead.
const repository = 'https://github.com/dingkit/dingkit/blob/main/';

const folders = [
  '',
  ...readdirSync(join(root, 'packages'))
    .map((name) => `packages/${name}/`)
    .filter((folder) => existsSync(join(root, folder, 'README.md'))),
];

interface Block {
  line: number;
  text: string;
}

/** The fenced code blocks and the headings (outside those blocks) of a Markdown text. */
function parse(text: string): { blocks: Block[]; headings: Block[] } {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  const headings: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(`{3,})/.exec(lines[i]!)?.[1];
    if (fence) {
      let end = i + 1;
      while (end < lines.length && lines[end] !== fence) end++;
      blocks.push({ line: i + 1, text: lines.slice(i, end + 1).join('\n') });
      i = end;
    } else if (/^#{1,6} /.test(lines[i]!)) {
      headings.push({ line: i + 1, text: lines[i]! });
    }
  }
  return { blocks, headings };
}

/** Where two lists of blocks first differ, said so that the fix is obvious; undefined if they match. */
function firstDifference(english: string, translated: string, a: Block[], b: Block[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x?.text === y?.text) continue;
    const where = (file: string, block: Block | undefined) =>
      block ? `${file}:${block.line}` : `(none in ${file})`;
    const xs = x?.text.split('\n') ?? [];
    const ys = y?.text.split('\n') ?? [];
    const at = xs.findIndex((line, n) => line !== ys[n]);
    const line = at < 0 ? ys.length : at;
    return [
      `code block ${i + 1} differs: ${where(english, x)} vs ${where(translated, y)}`,
      `  ${english}: ${JSON.stringify(xs[line] ?? '(ends here)')}`,
      `  ${translated}: ${JSON.stringify(ys[line] ?? '(ends here)')}`,
    ].join('\n');
  }
  return undefined;
}

/** The generated regions (`<!-- name:start -->` … `<!-- name:end -->`) of a text, by name. */
function regions(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g)) {
    found.set(match[1]!, match[0]);
  }
  return found;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped (CJK kept), spaces as dashes. */
const anchor = (heading: string) =>
  heading
    .replace(/^#+ /, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

it('every README has a Chinese translation beside it', () => {
  const missing = folders
    .map((folder) => `${folder}${translation}`)
    .filter((file) => !existsSync(join(root, file)));
  expect(missing).toEqual([]);
});

const translated = folders.filter((folder) => existsSync(join(root, folder, translation)));

describe.each(translated)('README translation in /%s', (folder) => {
  const english = `${folder}README.md`;
  const translated = `${folder}${translation}`;
  const read = (file: string) => readFileSync(join(root, file), 'utf8');

  it('links each language to the other in its first lines', () => {
    const link = (file: string) => (folder === '' ? `(${file})` : `(${repository}${folder}${file})`);
    const top = (file: string) => read(file).split('\n').slice(0, 6).join('\n');
    expect(top(english), `${english} links to ${translated}`).toContain(link(translation));
    expect(top(translated), `${translated} links to ${english}`).toContain(link('README.md'));
  });

  it.runIf(folder !== '')('is published with the package', () => {
    const manifest = JSON.parse(read(`${folder}package.json`)) as { files?: string[] };
    expect(manifest.files, `${folder}package.json files`).toContain(translation);
  });

  it('has the same code blocks in the same order, byte for byte', () => {
    const difference = firstDifference(
      english,
      translated,
      parse(read(english)).blocks,
      parse(read(translated)).blocks,
    );
    expect(difference).toBeUndefined();
  });

  it('has the same headings, level by level, in the same order', () => {
    const [a, b] = [parse(read(english)).headings, parse(read(translated)).headings];
    const level = (heading: Block | undefined) => heading?.text.split(' ')[0];
    const at = [...Array(Math.max(a.length, b.length)).keys()].find((i) => level(a[i]) !== level(b[i]));
    const said = (file: string, heading: Block | undefined) =>
      heading ? `${file}:${heading.line} ${heading.text}` : `(no more headings in ${file})`;
    // The first heading whose level differs: a section added, moved or removed in one README only.
    expect(
      at === undefined ? undefined : `${said(english, a[at])} vs ${said(translated, b[at])}`,
    ).toBeUndefined();
  });

  it('has the same generated regions with the same contents', () => {
    const source = regions(read(english));
    if (process.env.UPDATE_README) {
      let text = read(translated);
      for (const [name, region] of regions(text)) {
        text = text.replace(region, () => source.get(name) ?? region);
      }
      writeFileSync(join(root, translated), text);
    }
    expect([...regions(read(translated))]).toEqual([...source]);
  });

  it('links only to files and headings that exist', () => {
    const text = read(translated);
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(((?!https?:|mailto:)[^)\s]+)\)/g)) {
      const [path = '', hash] = target!.split('#');
      const file = path === '' ? join(root, translated) : join(root, folder, path);
      if (!existsSync(file)) {
        broken.push(`${target} (no ${relative(root, file)})`);
      } else if (hash && file.endsWith('.md')) {
        const anchors = parse(readFileSync(file, 'utf8')).headings.map(({ text: heading }) =>
          anchor(heading),
        );
        if (!anchors.includes(decodeURIComponent(hash)))
          broken.push(`${target} (no heading #${hash} in ${relative(root, dirname(file))})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
