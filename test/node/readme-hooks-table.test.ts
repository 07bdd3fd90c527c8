import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog } from '@dingkit/core';
import { expect, it } from 'vitest';

// The README's hook table is generated from the hooks and the catalog, so it cannot drift.
// Regenerate it with `UPDATE_README=1 npx vitest run test/node/readme-hooks-table.test.ts`.
const root = fileURLToPath(new URL('../..', import.meta.url));
const hooksDir = `${root}packages/react/src/hooks/`;
const start = '<!-- hooks-table:start -->';
const end = '<!-- hooks-table:end -->';

function hookTable(): string {
  const rows = readdirSync(hooksDir)
    .filter((file) => /^use\w+\.ts$/.test(file))
    .flatMap((file) => {
      const api = /ApiHook<\s*'([^']+)'/.exec(readFileSync(`${hooksDir}${file}`, 'utf8'))?.[1];
      return api ? [[file.replace(/\.ts$/, ''), api] as const] : [];
    })
    .sort(([, a], [, b]) => a.localeCompare(b));
  const mark = (yes: boolean) => (yes ? '✓' : '—');
  const lines = rows.map(([hook, api]) => {
    const spec = catalog[api as keyof typeof catalog];
    return `| \`${hook}\` | \`${api}\` | ${mark(spec.support.pc)} | ${mark(spec.support.ios)} | ${mark(spec.support.android)} | ${spec.auth ? 'yes' : 'no'} |`;
  });
  return [
    '| hook | JS-API | PC | iOS | Android | needs jsApiList |',
    '|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}

it("README's hook table matches the hooks and the catalog", () => {
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
