import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', emulator: 'src/emulator/index.ts', testing: 'src/testing/index.ts' },
  format: 'esm',
  platform: 'browser',
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
  deps: {
    neverBundle: [
      /^react($|\/)/,
      /^react-dom($|\/)/,
      /^@dingkit\//,
      /^@radix-ui\//,
      /^dingtalk-jsapi($|\/)/,
      /^@testing-library\//,
    ],
  },
});
