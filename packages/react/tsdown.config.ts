import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/devtools/index.ts'],
  format: 'esm',
  platform: 'browser',
  dts: true,
  sourcemap: true,
  clean: true,
  // One file per module, as @dingkit/core: a bundler that splits by module (esbuild) then reaches
  // only the hooks an app imports, and so only their descriptors.
  unbundle: true,
  tsconfig: 'tsconfig.build.json',
  deps: { neverBundle: [/^react($|\/)/, /^@dingkit\//] },
});
