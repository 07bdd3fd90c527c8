import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './prepareConsumer';

/** One fenced code block of a README. */
export interface ReadmeBlock {
  /** The README, from the repository root. */
  file: string;
  /** The line of the opening fence (1-based): the block's first line is `line + 1`. */
  line: number;
  /** Where the block is written to compile: its `file=` name, else one made from its place. */
  path: string;
  code: string;
  /** Marked ```ts fragment: part of a larger whole on purpose, not compiled alone. */
  fragment: boolean;
}

/** The READMEs whose TypeScript blocks are compiled: the root's and every package's, in every language. */
export async function readmeFiles(): Promise<string[]> {
  const names = (folder: string) =>
    readdir(join(root, folder)).then((entries) =>
      entries.filter((name) => /^README(\.[\w-]+)?\.md$/.test(name)).map((name) => join(folder, name)),
    );
  const packages = await readdir(join(root, 'packages'));
  const lists = await Promise.all(['.', ...packages.map((name) => join('packages', name))].map(names));
  return lists.flat().map((file) => file.replace(/^\.\//, ''));
}

/**
 * The ts/tsx blocks of one README. The info string's first word is the language; `fragment`
 * marks a block that is not compiled, and `file=name.tsx` names the file it is written to, so
 * that a later block of the same README can import it (`import { dingtalk } from './dingtalk'`).
 */
export function extractBlocks(file: string, text: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const lines = text.split('\n');
  const folder = file.replace(/[^\w]+/g, '-');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|tsx)(?:\s+(.*))?$/.exec(lines[i]!);
    if (!open) continue;
    const [, language, info = ''] = open;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`${file}:${i + 1}: the code block is not closed.`);
    const named = /(?:^|\s)file=(\S+)/.exec(info)?.[1];
    blocks.push({
      file,
      line: i + 1,
      path: join(folder, named ?? `line-${i + 1}.${language}`),
      code: lines.slice(i + 1, end).join('\n'),
      fragment: /(?:^|\s)fragment(?:\s|$)/.test(info),
    });
    i = end;
  }
  return blocks;
}
