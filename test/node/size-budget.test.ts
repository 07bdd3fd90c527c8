import * as react from '@dingkit/react';
import { describe, expect, it } from 'vitest';
import { type Bundler, type BundleSize, measureSize } from '../bench/measureSize';

// What an app ships of dingkit's own code: minified ESM, gzip -9, react and dingtalk-jsapi
// external, in bytes (a kB is 1000 bytes, as size-limit counts). "Up front" is the entry chunk
// and what it imports statically; the adapters, validation, the catalog and the handshake's
// diagnoses load lazily, in parallel with dingtalk-jsapi, once DingTalk is talked to.
//
// The goals are 3 kB up front for the provider with any one hook and 15 kB for all of
// @dingkit/react, as Vite (Rolldown) bundles an app; all of it is over that goal by what
// createSignatureFetcher, the hooks' names (for the outside-provider error) and the corpId
// paths the hooks fill from the signature cost. esbuild moves the modules that the first
// load shares with the lazy chunk (the error class) into a chunk of their own, one more file
// compressed alone, so it gets figures of its own: the tightest reached, so that neither
// bundler's figures can grow unnoticed. Lower them as the code shrinks.
const budgets: Record<Bundler, { upFront: number; providerTotal: number; allOfReact: number }> = {
  rolldown: { upFront: 3000, providerTotal: 11_800, allOfReact: 15_350 },
  esbuild: { upFront: 3200, providerTotal: 12_100, allOfReact: 15_900 },
};

// Modules that only dingtalk-jsapi's full namespace (`import * as dd from 'dingtalk-jsapi'`)
// brings: a per-API module and the entry that registers every API.
const fullNamespace = ['dingtalk-jsapi/api/biz/util/chooseImage.js', 'dingtalk-jsapi/entry/union.js'];
const hasFullNamespace = (size: BundleSize) =>
  fullNamespace.filter((module) => size.inputs.some((input) => input.endsWith(module)));

const use = (names: string[], from: string) =>
  `import { ${names.join(', ')} } from '${from}'; console.log(${names.join(', ')});`;
// Every value @dingkit/react exports, by name, as an app imports them. (A namespace import used
// as an object would also ship the 64 export names as strings, which no app does.)
const everything = Object.keys(react);
const hooks = everything.filter((name) => /^use[A-Z]/.test(name));

describe.each(['rolldown', 'esbuild'] as const)(
  'size budgets, bundled by %s',
  { timeout: 120_000 },
  (bundler) => {
    const budget = budgets[bundler];
    const measure = (source: string) => measureSize(source, { bundler, withoutJsapi: true });

    it('DingTalkProvider + useConfirm loads little up front, and not much more in all', async () => {
      const provider = await measure(use(['DingTalkProvider', 'useConfirm'], '@dingkit/react'));
      expect(provider.initialGzip).toBeLessThanOrEqual(budget.upFront);
      expect(provider.gzip).toBeLessThanOrEqual(budget.providerTotal);
      // The checks, the adapters and the version rules are not in the first load; they are in the lazy chunk.
      const lazy = /catalog\/|createBridge|handshake|hostVersion|engine\.ts|adapters\/(jsapi|legacy)Bridge/;
      expect(provider.initialInputs.filter((input) => lazy.test(input))).toEqual([]);
      expect(provider.inputs.filter((input) => lazy.test(input)).length).toBeGreaterThan(5);
    });

    it('every hook with the provider stays within the same up-front budget', async () => {
      expect(hooks.length).toBeGreaterThan(30);
      const over: string[] = [];
      for (const hook of hooks) {
        const size = await measure(use(['DingTalkProvider', hook], '@dingkit/react'));
        if (size.initialGzip > budget.upFront) over.push(`${hook}: ${size.initialGzip} B`);
      }
      expect(over).toEqual([]);
    });

    it('all of @dingkit/react stays within its budget', async () => {
      expect(everything.length).toBeGreaterThan(60);
      const all = await measure(use(everything, '@dingkit/react'));
      expect(all.gzip).toBeLessThanOrEqual(budget.allOfReact);
    });

    it("createJsapiBridge's first load holds none of dingtalk-jsapi's code", async () => {
      const size = await measureSize(use(['createJsapiBridge'], '@dingkit/core'), { bundler });
      expect(size.inputs.some((input) => input.includes('dingtalk-jsapi/'))).toBe(true);
      expect(size.initialInputs.filter((input) => input.includes('dingtalk-jsapi/'))).toEqual([]);
    });

    it("no hook brings dingtalk-jsapi's full namespace", async () => {
      // The full namespace does have these modules, so their absence below means something.
      const namespace = await measureSize("import * as dd from 'dingtalk-jsapi'; console.log(dd);", {
        bundler,
      });
      expect(hasFullNamespace(namespace)).toEqual(fullNamespace);
      // Every hook at once: what none of them brings together, none brings alone.
      const everyHook = await measureSize(use(['DingTalkProvider', ...hooks], '@dingkit/react'), { bundler });
      expect(everyHook.inputs.some((input) => input.includes('dingtalk-jsapi/lib/ddSdk.js'))).toBe(true);
      expect(hasFullNamespace(everyHook)).toEqual([]);
    });
  },
);
