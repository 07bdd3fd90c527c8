import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { folderState } from './folderState';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'create-dingkit-state-'));
});
afterEach(() => rm(base, { recursive: true, force: true }));

it('can write to a missing or empty folder, or one with only .git', async () => {
  expect(await folderState(join(base, 'new'))).toBe('missing');
  await mkdir(join(base, 'empty'));
  expect(await folderState(join(base, 'empty'))).toBe('empty');
  await mkdir(join(base, 'repo', '.git'), { recursive: true });
  expect(await folderState(join(base, 'repo'))).toBe('empty');
});

it('cannot write to a folder with anything else in it, or to a file', async () => {
  await mkdir(join(base, 'used'));
  await writeFile(join(base, 'used', '.env'), 'SECRET=1\n');
  expect(await folderState(join(base, 'used'))).toBe('not-empty');
  await writeFile(join(base, 'file'), '');
  expect(await folderState(join(base, 'file'))).toBe('file');
});
