import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as react from '@dingkit/react';
import { expect, it } from 'vitest';
import { apiHookRows, platformName, platformsOf } from '../../stories/docs/apiHookRows';

// The README's hook table is rendered from the hooks @dingkit/react exports: each carries its
// API's descriptor (name, support per platform, authorisation), so the table cannot drift and a
// platform the catalog adds gets its column. Regenerate it with
// `UPDATE_README=1 npx vitest run --project node test/node/hooks-table.test.ts`.
const root = fileURLToPath(new URL('../..', import.meta.url));
const start = '<!-- hooks-table:start -->';
const end = '<!-- hooks-table:end -->';

function hookTable(): string {
  const rows = apiHookRows(react);
  const platforms = platformsOf(rows.map((row) => row.api));
  const mark = (yes: boolean | undefined) => (yes ? '✓' : '—');
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(['hook', 'JS-API', ...platforms.map(platformName), 'needs jsApiList']),
    line(Array(platforms.length + 3).fill('---')).replaceAll(' ', ''),
    ...rows.map(({ hook, api }) =>
      line([
        `\`${hook}\``,
        `\`${api.name}\``,
        ...platforms.map((platform) => mark(api.support[platform])),
        api.auth ? 'yes' : 'no',
      ]),
    ),
  ].join('\n');
}

it("README's hook table is the hooks' own descriptors", () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const table = `${start}\n${hookTable()}\n${end}`;
  const current = readme.slice(readme.indexOf(start), readme.indexOf(end) + end.length);
  if (process.env.UPDATE_README && current !== table) {
    writeFileSync(`${root}README.md`, readme.replace(current, table));
    return;
  }
  expect(readme).toContain(start);
  expect(current).toBe(table);
});

it("the Storybook docs show the summaries the hooks' JSDoc gives", () => {
  const run = spawnSync(process.execPath, [`${root}scripts/hook-summaries.mjs`, '--check'], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
