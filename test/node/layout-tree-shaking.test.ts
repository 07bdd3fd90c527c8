import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as layout from '../../packages/react/src/layout/index';
import { sourceAliases } from '../support/sourceEntries';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Vite's own copy of Rolldown, as `vite build` bundles an app.
const fromVite = createRequire(createRequire(import.meta.url).resolve('vite'));
const loadRolldown = (): Promise<typeof import('rolldown')> =>
  import(pathToFileURL(fromVite.resolve('rolldown')).href);

// The built @dingkit/react is one module, so package.json's `sideEffects` cannot drop an unused
// component from an app: only the `/* @__PURE__ */` on its module-level `forwardRef(...)` can.
// Bundling the sources with every module of ours marked as having side effects (which overrides
// the package.json field) checks exactly that.
async function bundle(source: string): Promise<string> {
  const { rolldown } = await loadRolldown();
  const entry = `${root}app-entry.ts`;
  const build = await rolldown({
    input: entry,
    cwd: root,
    logLevel: 'silent',
    external: (id) => /^(react|react-dom|dingtalk-jsapi)(\/|$)/.test(id),
    plugins: [
      {
        name: 'dingkit-sources',
        resolveId: (id) => {
          const alias = sourceAliases.find(({ find }) => find.test(id));
          return alias ? id.replace(alias.find, alias.replacement) : null;
        },
      },
      {
        name: 'keep-every-module',
        transform: (code, id) =>
          id.startsWith(`${root}packages/`) ? { code, moduleSideEffects: true } : null,
      },
      {
        name: 'app-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? source : null),
      },
    ],
  });
  try {
    const { output } = await build.generate({ format: 'esm' });
    return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
  } finally {
    await build.close();
  }
}

const components = Object.keys(layout).filter((name) => /^[A-Z]/.test(name));

describe('layout components without the sideEffects field', { timeout: 60_000 }, () => {
  it('leaves out every component an app does not use', async () => {
    const code = await bundle("import { useSurface } from '@dingkit/react'; console.log(useSurface);");
    expect(components.filter((name) => code.includes(`function ${name}(`))).toEqual([]);
  });

  it('keeps the one it uses', async () => {
    const code = await bundle("import { ActionBar } from '@dingkit/react'; console.log(ActionBar);");
    expect(components.filter((name) => code.includes(`function ${name}(`))).toEqual(['ActionBar']);
  });
});
