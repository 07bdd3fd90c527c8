// test/bench/measureSize.ts
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

var root = fileURLToPath(new URL('../..', import.meta.url));
var gzip = (text) => gzipSync(text, { level: 9 }).length;
async function measureSize(source, options = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'tsx', sourcefile: 'app-entry.tsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    jsx: 'automatic',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      'react-dom/client',
      ...(options.withoutJsapi ? ['dingtalk-jsapi', 'dingtalk-jsapi/*'] : []),
    ],
  });
  const js = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint);
  const entryFile = js.find((file) => entry && file.path.endsWith(entry[0].replace(/^out/, '')));
  return {
    minified: js.reduce((sum, file) => sum + file.contents.length, 0),
    gzip: js.reduce((sum, file) => sum + gzip(file.contents), 0),
    initialGzip: entryFile ? gzip(entryFile.contents) : 0,
    inputs: Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    ),
  };
}

// test/bench/sizes.tmp.ts
var cases = {
  'provider+useConfirm': `import { DingTalkProvider, useConfirm } from '@dingkit/react'; export { DingTalkProvider, useConfirm };`,
  createBridge: `export { createBridge } from '@dingkit/core';`,
  detectBridge: `export { detectBridge } from '@dingkit/core';`,
  createJsapiBridge: `export { createJsapiBridge } from '@dingkit/core';`,
  DingTalkClient: `export { DingTalkClient } from '@dingkit/core';`,
  'all react': `export * from '@dingkit/react';`,
  'all core': `export * from '@dingkit/core';`,
};
for (const [name, src] of Object.entries(cases)) {
  const s = await measureSize(src, { withoutJsapi: true });
  console.log(name.padEnd(22), 'min', s.minified, 'gzip', s.gzip, 'initial', s.initialGzip);
}
