import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', redis: 'src/redis.ts', node: 'src/node.ts' },
  format: 'esm',
  platform: 'node',
  // The exports map points at .js/.d.ts (the package is "type": "module").
  fixedExtension: false,
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
  deps: { neverBundle: [/^@dingkit\//, /^redis($|\/)/, /^node:/] },
});
