import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { exec, root } from './prepareConsumer';
import { extractBlocks, readmeFiles } from './readmeBlocks';

const dir = inject('consumerDir');

// Every TypeScript block of the READMEs is compiled as its own module against the packed
// packages, as a reader who copies it into an app would. A block that is part of a larger
// whole on purpose says so in its info string (```tsx fragment) and in the text around it.
it('every ts/tsx block of the READMEs type-checks against the published packages', async () => {
  const blocks = [];
  for (const file of await readmeFiles()) {
    blocks.push(...extractBlocks(file, await readFile(join(root, file), 'utf8')));
  }
  const compiled = blocks.filter((block) => !block.fragment);
  expect(compiled.length).toBeGreaterThan(10);
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
      compilerOptions: { types: ['vite/client', 'node'], noUnusedLocals: false },
      include: ['readme'],
    }),
  );
  const output = await exec(
    join(dir, 'node_modules/.bin/tsc'),
    ['-p', 'tsconfig.readme.json', '--pretty', 'false'],
    dir,
  )
    .then(() => '')
    .catch((error: Error) => error.message);
  // Each error, at the README line it comes from.
  const errors = [...output.matchAll(/^readme\/(.+?)\((\d+),(\d+)\): (error TS\d+: .*)$/gm)].map(
    ([, path, line, , message]) => {
      const block = compiled.find((candidate) => candidate.path === path);
      return block ? `${block.file}:${block.line + Number(line)}: ${message}` : `${path}:${line}: ${message}`;
    },
  );
  expect(errors).toEqual([]);
  expect(output).not.toMatch(/error TS/);
});
