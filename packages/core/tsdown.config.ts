import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  // One file per module, so an app's bundler can leave the lazily loaded engine out of its first load.
  unbundle: true,
  tsconfig: 'tsconfig.build.json',
});
