import { expect, inject, it } from 'vitest';
import { compileReadmeBlocks, readmeFiles, storybookReadmes } from './readmeBlocks';

const dir = inject('consumerDir');

// Every TypeScript block of the READMEs is compiled as its own module against the packed
// packages, as a reader who copies it into an app would. A block that is part of a larger
// whole on purpose says so in its info string (```tsx fragment) and in the text around it.
it('every ts/tsx block of the READMEs type-checks against the published packages', async () => {
  const files = (await readmeFiles()).filter((file) => !storybookReadmes.includes(file));
  const { compiled, errors, output } = await compileReadmeBlocks(dir, files, ['vite/client', 'node']);
  expect(compiled).toBeGreaterThan(10);
  expect(errors).toEqual([]);
  expect(output).not.toMatch(/error TS/);
});
