import { defineConfig } from 'tsdown';

export default defineConfig({
  // The package's entries: the main one, and `@dingkit/core/apis` (one descriptor per API).
  entry: ['src/index.ts', 'src/catalog/apis.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  // One file per module, so an app's bundler splits the loader's targets into lazy chunks.
  unbundle: true,
  tsconfig: 'tsconfig.build.json',
});
