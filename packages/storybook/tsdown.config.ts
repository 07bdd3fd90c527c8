import { defineConfig } from 'tsdown';

// Peers stay imports: the team's Storybook, React and dingkit packages (one copy each).
const neverBundle = [/^react($|\/)/, /^react-dom($|\/)/, /^@dingkit\//, /^storybook($|\/)/];

export default defineConfig([
  {
    // What stories import, and the preview annotations the preset adds (they share chunks).
    entry: { index: 'src/index.ts', preview: 'src/preview.ts' },
    format: 'esm',
    platform: 'browser',
    dts: true,
    sourcemap: true,
    clean: true,
    tsconfig: 'tsconfig.build.json',
    deps: { neverBundle },
  },
  {
    // The panel. Storybook's manager bundles it again with its own React, as React.createElement.
    entry: { manager: 'src/manager.tsx' },
    format: 'esm',
    platform: 'browser',
    dts: false,
    sourcemap: true,
    clean: false,
    tsconfig: 'tsconfig.build.json',
    deps: { neverBundle },
    inputOptions: { transform: { jsx: 'react' } },
  },
  {
    // Loaded by Storybook in Node.
    entry: { preset: 'src/preset.ts' },
    format: 'esm',
    platform: 'node',
    fixedExtension: false,
    dts: true,
    sourcemap: true,
    clean: false,
    tsconfig: 'tsconfig.build.json',
    deps: { neverBundle },
  },
]);
