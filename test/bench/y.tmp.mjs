// test/bench/inputs.tmp.ts

// test/bench/measureSize.ts
import { fileURLToPath } from 'node:url';
import { build, build as build2 } from 'esbuild';

var root = fileURLToPath(new URL('../..', import.meta.url));

// test/bench/inputs.tmp.ts
var src = process.argv[2] ?? `export { DingTalkProvider, useConfirm } from '@dingkit/react';`;
var r = await build2({
  stdin: { contents: src, resolveDir: root, loader: 'tsx', sourcefile: 'e.tsx' },
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
  external: ['react', 'react-dom', 'react/jsx-runtime', 'dingtalk-jsapi', 'dingtalk-jsapi/*'],
});
for (const [out, o] of Object.entries(r.metafile.outputs)) {
  if (!out.endsWith('.js')) continue;
  console.log(
    out,
    o.bytes,
    o.entryPoint ? 'ENTRY' : '',
    JSON.stringify(o.imports.map((i) => i.path + ':' + i.kind)),
  );
  for (const [p, i] of Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput))
    if (i.bytesInOutput) console.log('   ', String(i.bytesInOutput).padStart(6), p);
}
if (process.argv[3]) {
  for (const f of r.outputFiles) if (f.path.endsWith('.js')) console.log('=====', f.path, '\n', f.text);
}
