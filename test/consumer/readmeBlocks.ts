import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { exec, root } from './prepareConsumer';

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

/**
 * READMEs whose blocks need a Storybook project: they are compiled in the fixture Storybook
 * project (test/storybook-addon) rather than in the consumer app.
 */
export const storybookReadmes: readonly string[] = [
  'packages/storybook/README.md',
  'packages/storybook/README.zh-CN.md',
];

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

/**
 * Writes every ts/tsx block of `files` (not the fragments) into `dir`/readme, one module each, as
 * a reader who copies it into that project would, and compiles them (with the project's own
 * folders in `alsoInclude`) with the project's TypeScript and tsconfig.json. Returns the number of
 * blocks and each error, a README's at the README line it comes from.
 */
export async function compileReadmeBlocks(
  dir: string,
  files: readonly string[],
  types: readonly string[],
  alsoInclude: readonly string[] = [],
): Promise<{ compiled: number; errors: string[]; output: string }> {
  const blocks: ReadmeBlock[] = [];
  for (const file of files) blocks.push(...extractBlocks(file, await readFile(join(root, file), 'utf8')));
  const compiled = blocks.filter((block) => !block.fragment);
  for (const block of compiled) {
    const path = join(dir, 'readme', block.path);
    await mkdir(dirname(path), { recursive: true });
    // `export {}` keeps each block a module, as a file of its own would be.
    await writeFile(path, `${block.code}\nexport {};\n`);
  }
  await writeFile(
    join(dir, 'tsconfig.readme.json'),
    JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { types, noUnusedLocals: false },
      include: ['readme', ...alsoInclude],
    }),
  );
  const output = await exec(
    join(dir, 'node_modules/.bin/tsc'),
    ['-p', 'tsconfig.readme.json', '--pretty', 'false'],
    dir,
  )
    .then(() => '')
    .catch((error: Error) => error.message);
  const errors = [...output.matchAll(/^(.+?)\((\d+),(\d+)\): (error TS\d+: .*)$/gm)].map(
    ([, path, line, , message]) => {
      const block = compiled.find((candidate) => `readme/${candidate.path}` === path);
      return block ? `${block.file}:${block.line + Number(line)}: ${message}` : `${path}:${line}: ${message}`;
    },
  );
  return { compiled: compiled.length, errors, output };
}
