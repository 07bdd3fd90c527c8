import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject, it } from 'vitest';
import { type BundleSize, gzipFileSize, type MeasureOptions, measureSize as measureIn } from './measureSize';
import type { BenchRow } from './rows';

// Measured on the packed packages installed in an app outside the workspace (test/consumer).
const dir = inject('consumerDir');
const root = fileURLToPath(new URL('../../', import.meta.url));
const measureSize = (source: string, options: Omit<MeasureOptions, 'dir'> = {}): Promise<BundleSize> =>
  measureIn(source, { ...options, dir });
const reactApi = await import(pathToFileURL(join(dir, 'node_modules/@dingkit/react/dist/index.js')).href);

/** kB of 1000 bytes, as size-limit counts, to two decimals. */
const kB = (bytes: number) => Math.round(bytes / 10) / 100;
const group = 'size (gzip -9; kB = 1000 B; vite build of the packed packages, esbuild in the note)';

it('measures what apps ship', { timeout: 300_000 }, async () => {
  const rows: BenchRow[] = [];
  /** dingkit's own code up front; the note has every chunk, minified, and esbuild's figures. */
  const add = async (measure: string, source: string, withJsapi: boolean) => {
    const own = await measureSize(source, { withoutJsapi: true });
    const esbuild = await measureSize(source, { withoutJsapi: true, bundler: 'esbuild' });
    rows.push({
      group,
      measure: `${measure}, up front`,
      value: kB(own.initialGzip),
      unit: 'kB',
      note: `all chunks ${kB(own.gzip)} kB; minified ${kB(own.initialMinified)} / ${kB(own.minified)} kB; esbuild ${kB(esbuild.initialGzip)} / ${kB(esbuild.gzip)} kB`,
    });
    if (withJsapi) {
      const full = await measureSize(source);
      rows.push({
        group,
        measure: `${measure} + dingtalk-jsapi, all chunks`,
        value: kB(full.gzip),
        unit: 'kB',
        note: `up front ${kB(full.initialGzip)} kB; minified ${kB(full.minified)} kB`,
      });
    }
  };
  const use = (names: string[], from: string) =>
    `import { ${names.join(', ')} } from '${from}'; console.log(${names.join(', ')});`;

  await add('DingTalkProvider + useConfirm', use(['DingTalkProvider', 'useConfirm'], '@dingkit/react'), true);
  const hooks = Object.keys(reactApi).filter((name) => /^use[A-Z]/.test(name));
  for (const hook of hooks.filter((name) => name !== 'useConfirm'))
    await add(`DingTalkProvider + ${hook}`, use(['DingTalkProvider', hook], '@dingkit/react'), false);
  // Each hook bundled on its own, without the provider: an upper bound of what it adds to an app.
  for (const hook of hooks) {
    const alone = await measureSize(use([hook], '@dingkit/react'), { withoutJsapi: true });
    rows.push({
      group,
      measure: `${hook} alone, up front`,
      value: kB(alone.initialGzip),
      unit: 'kB',
      note: `minified ${kB(alone.initialMinified)} kB`,
    });
  }
  // By name, as an app imports them (a namespace object would add the export names as strings).
  await add('all of @dingkit/react', use(Object.keys(reactApi), '@dingkit/react'), true);
  const layout = Object.keys(await import('../../packages/react/src/layout/index')).filter((n) =>
    /^[A-Z]/.test(n),
  );
  await add('layout components (JS)', use(layout, '@dingkit/react'), false);
  const css = await gzipFileSize(join(dir, 'node_modules/@dingkit/react/src/layout/styles.css'));
  rows.push({
    group,
    measure: 'layout styles.css',
    value: kB(css.gzip),
    unit: 'kB',
    note: `${kB(css.raw)} kB unminified`,
  });
  await add('@dingkit/core createJsapiBridge', use(['createJsapiBridge'], '@dingkit/core'), true);
  // dingtalk-jsapi's own entries, every chunk: the whole package, what dingkit loads of it, one API.
  const jsapi = {
    'dingtalk-jsapi: import * as dd': "import * as dd from 'dingtalk-jsapi'; console.log(dd);",
    'dingtalk-jsapi as dingkit loads it on PC (lib/ddSdk + platform/pc)':
      "import * as sdk from 'dingtalk-jsapi/lib/ddSdk.js'; import 'dingtalk-jsapi/platform/pc.js'; console.log(sdk);",
    'dingtalk-jsapi: entry/union + one API':
      "import 'dingtalk-jsapi/entry/union'; import confirm from 'dingtalk-jsapi/api/device/notification/confirm'; console.log(confirm);",
  };
  for (const [measure, source] of Object.entries(jsapi)) {
    const size = await measureSize(source);
    rows.push({ group, measure, value: kB(size.gzip), unit: 'kB', note: `minified ${kB(size.minified)} kB` });
  }

  mkdirSync(`${root}test/bench/output`, { recursive: true });
  writeFileSync(`${root}test/bench/output/sizes.json`, JSON.stringify(rows, null, 2));
});
