import { mkdirSync, writeFileSync } from 'node:fs';
import * as reactApi from '@dingkit/react';
import { it } from 'vitest';
import { gzipFileSize, measureSize, root } from './measureSize';
import type { BenchRow } from './rows';

const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;

it('measures what apps ship', { timeout: 300_000 }, async () => {
  const rows: BenchRow[] = [];
  const add = async (measure: string, source: string, withJsapi: boolean) => {
    const own = await measureSize(source, { withoutJsapi: true });
    rows.push({
      group: 'size (gzip)',
      measure,
      value: kb(own.initialGzip),
      unit: 'KB',
      note: `all chunks ${kb(own.gzip)} KB`,
    });
    if (withJsapi) {
      const full = await measureSize(source);
      rows.push({
        group: 'size (gzip)',
        measure: `${measure} + dingtalk-jsapi`,
        value: kb(full.gzip),
        unit: 'KB',
        note: `initial ${kb(full.initialGzip)} KB`,
      });
    }
  };
  const use = (names: string[], from: string) =>
    `import { ${names.join(', ')} } from '${from}'; console.log(${names.join(', ')});`;

  await add('DingTalkProvider + useConfirm', use(['DingTalkProvider', 'useConfirm'], '@dingkit/react'), true);
  const hooks = Object.keys(reactApi).filter((name) => /^use[A-Z]/.test(name));
  for (const hook of hooks)
    await add(`DingTalkProvider + ${hook}`, use(['DingTalkProvider', hook], '@dingkit/react'), false);
  await add('all of @dingkit/react', "import * as all from '@dingkit/react'; console.log(all);", false);
  const layout = Object.keys(await import('../../packages/react/src/layout/index')).filter((n) =>
    /^[A-Z]/.test(n),
  );
  await add('layout components (JS)', use(layout, '@dingkit/react'), false);
  const css = gzipFileSize('packages/react/src/layout/styles.css');
  rows.push({ group: 'size (gzip)', measure: 'layout styles.css', value: kb(css.gzip), unit: 'KB' });
  await add('@dingkit/core createJsapiBridge', use(['createJsapiBridge'], '@dingkit/core'), true);
  const dd = await measureSize("import * as dd from 'dingtalk-jsapi'; console.log(dd);");
  rows.push({
    group: 'size (gzip)',
    measure: 'dingtalk-jsapi: import * as dd',
    value: kb(dd.gzip),
    unit: 'KB',
  });
  const one = await measureSize(
    "import 'dingtalk-jsapi/entry/union'; import confirm from 'dingtalk-jsapi/api/device/notification/confirm'; console.log(confirm);",
  );
  rows.push({
    group: 'size (gzip)',
    measure: 'dingtalk-jsapi: entry/union + one API',
    value: kb(one.gzip),
    unit: 'KB',
  });

  mkdirSync(`${root}test/bench/output`, { recursive: true });
  writeFileSync(`${root}test/bench/output/sizes.json`, JSON.stringify(rows, null, 2));
});
