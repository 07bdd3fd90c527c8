import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// create-dingkit writes `^<its version>` for every dingkit package and the templates' own ranges
// for the rest; the create-dingkit test project installs the versions of this repository's root.
// Both hold only while these agree.
const root = fileURLToPath(new URL('../..', import.meta.url));
const readJson = async (path: string) => JSON.parse(await readFile(join(root, path), 'utf8'));
const templatesFolder = 'packages/create-dingkit/templates';

/** Whether a `^x.y.z`, `~x.y.z` or exact range admits `version` (what the templates use). */
function admits(range: string, version: string): boolean {
  const match = /^([~^]?)(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!match) return false;
  const [, operator, ...wanted] = match;
  const [major, minor, patch] = wanted.map(Number) as [number, number, number];
  const [vMajor, vMinor, vPatch] = version.split('.').map(Number) as [number, number, number];
  const atLeast = vMajor !== major ? vMajor > major : vMinor !== minor ? vMinor > minor : vPatch >= patch;
  if (operator === '') return version === `${major}.${minor}.${patch}`;
  if (operator === '~') return vMajor === major && vMinor === minor && atLeast;
  // ^0.y.z stays within 0.y.
  return vMajor === major && (major > 0 || vMinor === minor) && atLeast;
}

describe('create-dingkit’s templates', () => {
  it('depend on every dingkit package by the marker create-dingkit replaces with ^its version', async () => {
    for (const template of await readdir(join(root, templatesFolder))) {
      const manifest = await readJson(join(templatesFolder, template, 'package.json')).catch(() => ({}));
      for (const field of ['dependencies', 'devDependencies']) {
        for (const [name, range] of Object.entries<string>(manifest[field] ?? {})) {
          if (name.startsWith('@dingkit/')) expect(range, `${template} ${name}`).toBe('*');
        }
      }
    }
  });

  it('admit the versions installed at the repository’s root', async () => {
    for (const template of await readdir(join(root, templatesFolder))) {
      const manifest = await readJson(join(templatesFolder, template, 'package.json')).catch(() => ({}));
      for (const field of ['dependencies', 'devDependencies']) {
        for (const [name, range] of Object.entries<string>(manifest[field] ?? {})) {
          if (name.startsWith('@dingkit/')) continue;
          const { version } = await readJson(join('node_modules', name, 'package.json'));
          expect(admits(range, version), `${template} ${name}@${range} admits ${version}`).toBe(true);
        }
      }
    }
  });

  it('are released with the dingkit packages: one version', async () => {
    const { version } = await readJson('packages/create-dingkit/package.json');
    for (const folder of ['core', 'react', 'mock', 'server', 'storybook']) {
      expect((await readJson(`packages/${folder}/package.json`)).version, folder).toBe(version);
    }
  });
});

describe('admits', () => {
  it('reads the ranges the templates use', () => {
    expect(admits('^8.3.0', '8.3.8')).toBe(true);
    expect(admits('^8.3.9', '8.3.8')).toBe(false);
    expect(admits('^8.3.0', '9.0.0')).toBe(false);
    expect(admits('^0.3.1', '0.4.0')).toBe(false);
    expect(admits('~6.0.3', '6.0.5')).toBe(true);
    expect(admits('~6.0.3', '6.1.0')).toBe(false);
    expect(admits('4.1.12', '4.1.12')).toBe(true);
    expect(admits('latest', '4.1.12')).toBe(false);
  });
});
