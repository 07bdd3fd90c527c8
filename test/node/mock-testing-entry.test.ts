import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildSources, sourceEntries } from '../support/sourceEntries';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every module a browser bundle of `specifier` reads, and every package it leaves external. */
async function modulesOf(specifier: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    plugins: [esbuildSources],
    // Kept external, still listed as the output's imports.
    external: [
      'react',
      'react-dom',
      'react/*',
      'react-dom/*',
      '@radix-ui/*',
      'dingtalk-jsapi',
      'dingtalk-jsapi/*',
    ],
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs);
  return [
    ...Object.keys(result.metafile.inputs),
    ...outputs.flatMap((output) => output.imports.map((entry) => entry.path)),
  ];
}

// What only the testing helpers need; optional peers a production app does not install.
const testOnly = [/@testing-library\//, /packages\/mock\/src\/testing\//, /packages\/react\/src\//];

describe('@dingkit/mock/testing stays apart', () => {
  it('the testing entry reads Testing Library, user-event and @dingkit/react (so their absence below means something)', async () => {
    expect(sourceEntries['@dingkit/mock/testing']).toBe('packages/mock/src/testing/index.ts');
    const modules = await modulesOf('@dingkit/mock/testing');
    for (const pattern of testOnly)
      expect(
        modules.some((path) => pattern.test(path)),
        String(pattern),
      ).toBe(true);
    expect(modules.some((path) => path.includes('@testing-library/user-event'))).toBe(true);
  });

  it.each(['@dingkit/mock', '@dingkit/mock/emulator'])('%s reads none of them', async (specifier) => {
    const modules = await modulesOf(specifier);
    expect(modules.length).toBeGreaterThan(5);
    expect(modules.filter((path) => testOnly.some((pattern) => pattern.test(path)))).toEqual([]);
  });
});
