import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { type Bundler, type BundleSize, measureSize } from '../bench/measureSize';

// What an app ships of dingkit, measured on the packed packages installed in an app (their
// dist/, as published): minified ESM, gzip -9, React external, the bundler's own helpers included
// (Vite's preload helper and module-preload polyfill, CommonJS interop). Bytes; a kB is 1000
// bytes. "Up front" is the entry chunk and what it imports statically, with dingtalk-jsapi
// bundled as apps do (its interop helpers would land there); "in all" is every chunk of
// dingkit's own code, dingtalk-jsapi left out.
//
// The budgets guard today's real figures; lower them as the code shrinks. "In all" counts the
// three platform modules of dingtalk-jsapi's loader although a page loads one of them.
const budgets: Record<Bundler, { upFront: number; providerTotal: number; allOfReact: number }> = {
  vite: { upFront: 4200, providerTotal: 13_000, allOfReact: 16_500 },
  esbuild: { upFront: 4500, providerTotal: 13_000, allOfReact: 16_500 },
};

const dir = inject('consumerDir');

// Modules that only dingtalk-jsapi's full namespace (`import * as dd from 'dingtalk-jsapi'`)
// brings: a per-API module and the entry that registers every API.
const fullNamespace = ['dingtalk-jsapi/api/biz/util/chooseImage.js', 'dingtalk-jsapi/entry/union.js'];
const hasFullNamespace = (size: BundleSize) =>
  fullNamespace.filter((module) => size.inputs.some((input) => input.endsWith(module)));

const use = (names: string[], from: string) =>
  `import { ${names.join(', ')} } from '${from}'; console.log(${names.join(', ')});`;
// Every value @dingkit/react exports, by name, as an app imports them (a namespace import used
// as an object would also ship the export names as strings, which no app does).
const everything = Object.keys(
  await import(pathToFileURL(join(dir, 'node_modules/@dingkit/react/dist/index.js')).href),
);
const hooks = everything.filter((name) => /^use[A-Z]/.test(name));

describe.each(['vite', 'esbuild'] as const)(
  'size budgets, bundled by %s',
  { timeout: 300_000 },
  (bundler) => {
    const budget = budgets[bundler];
    const measure = (source: string) => measureSize(source, { dir, bundler, withoutJsapi: true });
    const upFront = async (source: string) => (await measureSize(source, { dir, bundler })).initialGzip;

    it('DingTalkProvider + useConfirm loads little up front, and not much more in all', async () => {
      const source = use(['DingTalkProvider', 'useConfirm'], '@dingkit/react');
      const provider = await measure(source);
      const first = await upFront(source);
      console.info(`${bundler}: provider + useConfirm ${first} B up front, ${provider.gzip} B in all`);
      expect(first).toBeLessThanOrEqual(budget.upFront);
      expect(provider.gzip).toBeLessThanOrEqual(budget.providerTotal);
      // The checks, the adapters and the version rules are not in the first load; they are in the lazy chunk.
      const lazy = /catalog\/|createBridge|handshake|hostVersion|engine\.js|adapters\/(jsapi|legacy)Bridge/;
      expect(provider.initialInputs.filter((input) => lazy.test(input))).toEqual([]);
      expect(provider.inputs.filter((input) => lazy.test(input)).length).toBeGreaterThan(5);
    });

    it('every hook with the provider stays within the same up-front budget', async () => {
      expect(hooks.length).toBeGreaterThan(30);
      const over: string[] = [];
      let largest = 0;
      for (const hook of hooks) {
        const size = await upFront(use(['DingTalkProvider', hook], '@dingkit/react'));
        largest = Math.max(largest, size);
        if (size > budget.upFront) over.push(`${hook}: ${size} B`);
      }
      console.info(`${bundler}: provider + the largest hook ${largest} B up front`);
      expect(over).toEqual([]);
    });

    it('all of @dingkit/react stays within its budget', async () => {
      expect(everything.length).toBeGreaterThan(60);
      const all = await measure(use(everything, '@dingkit/react'));
      console.info(`${bundler}: all of @dingkit/react ${all.gzip} B`);
      expect(all.gzip).toBeLessThanOrEqual(budget.allOfReact);
    });

    it("createJsapiBridge's first load holds none of dingtalk-jsapi's code", async () => {
      const size = await measureSize(use(['createJsapiBridge'], '@dingkit/core'), { dir, bundler });
      expect(size.inputs.some((input) => input.includes('dingtalk-jsapi/'))).toBe(true);
      expect(size.initialInputs.filter((input) => input.includes('dingtalk-jsapi/'))).toEqual([]);
    });

    it("no hook brings dingtalk-jsapi's full namespace", async () => {
      // The full namespace does have these modules, so their absence below means something.
      const namespace = await measureSize("import * as dd from 'dingtalk-jsapi'; console.log(dd);", {
        dir,
        bundler,
      });
      expect(hasFullNamespace(namespace)).toEqual(fullNamespace);
      // Every hook at once: what none of them brings together, none brings alone.
      const everyHook = await measureSize(use(['DingTalkProvider', ...hooks], '@dingkit/react'), {
        dir,
        bundler,
      });
      expect(everyHook.inputs.some((input) => input.includes('dingtalk-jsapi/lib/ddSdk.js'))).toBe(true);
      expect(hasFullNamespace(everyHook)).toEqual([]);
    });
  },
);
