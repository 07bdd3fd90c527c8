// Inside the repository, tests, Storybook and benchmarks run the packages' TypeScript sources, so
// nothing stale in dist/ is ever tested. Apps resolve the published exports (dist/) instead: the
// package.json files carry no condition that points at src/, which is not published.
import { fileURLToPath } from 'node:url';
import type { Plugin as EsbuildPlugin } from 'esbuild';

/** Every published entry point and the source file it is built from. */
export const sourceEntries: Readonly<Record<string, string>> = {
  '@dingkit/core': 'packages/core/src/index.ts',
  '@dingkit/core/apis': 'packages/core/src/catalog/apis.ts',
  '@dingkit/react': 'packages/react/src/index.ts',
  '@dingkit/react/devtools': 'packages/react/src/devtools/index.ts',
  '@dingkit/mock': 'packages/mock/src/index.ts',
  '@dingkit/mock/emulator': 'packages/mock/src/emulator/index.ts',
  '@dingkit/mock/testing': 'packages/mock/src/testing/index.ts',
  '@dingkit/server': 'packages/server/src/index.ts',
  '@dingkit/server/node': 'packages/server/src/node.ts',
  '@dingkit/server/redis': 'packages/server/src/redis.ts',
  '@dingkit/storybook': 'packages/storybook/src/index.ts',
  '@dingkit/storybook/preset': 'packages/storybook/src/preset.ts',
};

/**
 * Built files loaded by path rather than by name, and their sources: the Storybook preset (run
 * from dist/ by Storybook) adds its preview annotations by path, and they must share the stories'
 * copy of the sources (one React context for the provider, one for the mock controller).
 */
export const sourceFiles: Readonly<Record<string, string>> = {
  'packages/storybook/dist/preview.js': 'packages/storybook/src/preview.ts',
};

const absolute = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const exactly = (specifier: string) => new RegExp(`^${specifier.replace(/[/.]/g, '\\$&')}$`);

/** The per-API descriptors, `@dingkit/core/apis/<name>`: a folder of entry points. */
const apiDescriptor = /^@dingkit\/core\/apis\/(\w+)$/;
const apiDescriptors = absolute('packages/core/src/catalog/apis/');

/**
 * Vite's `resolve.alias` entries (Vitest, Storybook): each entry point and built file to its
 * source (resolve an id with `id.replace(find, replacement)`).
 */
export const sourceAliases: { find: RegExp; replacement: string }[] = [
  ...Object.entries(sourceEntries).map(([specifier, path]) => ({
    find: exactly(specifier),
    replacement: absolute(path),
  })),
  ...Object.entries(sourceFiles).map(([built, path]) => ({
    find: exactly(absolute(built)),
    replacement: absolute(path),
  })),
  { find: apiDescriptor, replacement: `${apiDescriptors}$1.ts` },
];

/** An esbuild plugin resolving each entry point to its source. */
export const esbuildSources: EsbuildPlugin = {
  name: 'dingkit-sources',
  setup(build) {
    build.onResolve({ filter: /^@dingkit\// }, ({ path }) => {
      const source = sourceEntries[path];
      if (source) return { path: absolute(source) };
      return apiDescriptor.test(path)
        ? { path: path.replace(apiDescriptor, `${apiDescriptors}$1.ts`) }
        : undefined;
    });
  },
};
