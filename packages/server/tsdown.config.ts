import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', redis: 'src/redis.ts', node: 'src/node.ts' },
  format: 'esm',
  platform: 'node',
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
  external: [/^@dingkit\//, /^redis($|\/)/, /^node:/],
});
