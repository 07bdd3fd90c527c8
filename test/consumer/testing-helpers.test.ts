import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { exec, root } from './prepareConsumer';
import { extractBlocks } from './readmeBlocks';

const dir = inject('consumerDir');

// What a team copies from the README runs as its own test, in the app outside the workspace,
// with @dingkit/mock/testing and its peers installed from the packed packages and the registry.
it("the mock README's test sample passes with Vitest and jsdom against the packed packages", async () => {
  const file = 'packages/mock/README.md';
  const samples = extractBlocks(file, await readFile(join(root, file), 'utf8')).filter(
    (block) => !block.fragment && block.code.includes("from '@dingkit/mock/testing'"),
  );
  expect(samples).toHaveLength(1);
  await mkdir(join(dir, 'helpers'), { recursive: true });
  await writeFile(join(dir, 'helpers', 'AssigneePicker.test.tsx'), samples[0]!.code);
  const output = await exec(
    join(dir, 'node_modules', '.bin', 'vitest'),
    ['run', '--environment', 'jsdom', '--dir', 'helpers', '--reporter', 'verbose'],
    dir,
    { ...process.env, NO_COLOR: '1' },
  );
  expect(output).toMatch(/Tests\s+3 passed \(3\)/);
  expect(output).not.toMatch(/not wrapped in act/);
});
