import { defineConfig } from 'tsdown';

// The command run by `npm create dingkit`: one file for Node, no dependencies.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: 'esm',
  platform: 'node',
  fixedExtension: false,
  dts: false,
  sourcemap: false,
  clean: true,
  tsconfig: 'tsconfig.build.json',
});
