import * as react from '@dingkit/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BundleSize, measureSize } from '../bench/measureSize';

// What an app ships of dingkit's own code (esbuild, minified ESM, gzip -9; react and dingtalk-jsapi
// external). "Initial" is what loads up front; the adapters, validation, the catalog and the
// handshake's diagnoses load lazily, in parallel with dingtalk-jsapi, once DingTalk is talked to.
const KiB = 1024;
// The goals were 3 KiB up front and 15 KiB for all of @dingkit/react. esbuild gives the lazy
// chunk and the modules it shares with the first load (the error class) files of their own, each
// compressed alone: about 0.3 KiB on the first load and 0.6 KiB in all over one file. These are
// the tightest figures reached; lower them as the code shrinks.
const budget = {
  /** The provider with any one hook, loaded up front (the hook with the most: useLeftButton). */
  initial: 3.4 * KiB,
  /** The provider with useConfirm, every chunk (it was 11.1 KiB, all loaded up front). */
  providerTotal: 11.75 * KiB,
  /** All of @dingkit/react, every chunk, layout included. */
  allOfReact: 15.3 * KiB,
};

// Modules that only dingtalk-jsapi's full namespace (`import * as dd from 'dingtalk-jsapi'`)
// brings: a per-API module and the entry that registers every API.
const fullNamespace = ['dingtalk-jsapi/api/biz/util/chooseImage.js', 'dingtalk-jsapi/entry/union.js'];
const hasFullNamespace = (size: BundleSize) =>
  fullNamespace.filter((module) => size.inputs.some((input) => input.endsWith(module)));

const use = (names: string[], from: string) =>
  `import { ${names.join(', ')} } from '${from}'; console.log(${names.join(', ')});`;
const hooks = Object.keys(react).filter((name) => /^use[A-Z]/.test(name));

describe('size budgets', { timeout: 120_000 }, () => {
  let provider: BundleSize;
  beforeAll(async () => {
    provider = await measureSize(use(['DingTalkProvider', 'useConfirm'], '@dingkit/react'), {
      withoutJsapi: true,
    });
  });

  it('DingTalkProvider + useConfirm loads little up front, and not much more in all', () => {
    expect(provider.initialGzip).toBeLessThanOrEqual(budget.initial);
    expect(provider.gzip).toBeLessThanOrEqual(budget.providerTotal);
    // The checks and the adapters are not in the first load.
    expect(
      provider.initialInputs.filter((input) =>
        /catalog\/|createBridge|handshake|adapters\/(jsapi|legacy)Bridge/.test(input),
      ),
    ).toEqual([]);
    expect(provider.inputs.some((input) => input.endsWith('catalog/validate.ts'))).toBe(true);
  });

  it('every hook with the provider stays within the same first-load budget', async () => {
    expect(hooks.length).toBeGreaterThan(30);
    const over: string[] = [];
    for (const hook of hooks) {
      const size = await measureSize(use(['DingTalkProvider', hook], '@dingkit/react'), {
        withoutJsapi: true,
      });
      if (size.initialGzip > budget.initial) over.push(`${hook}: ${size.initialGzip} B`);
    }
    expect(over).toEqual([]);
  });

  it('all of @dingkit/react stays within its budget', async () => {
    const all = await measureSize("import * as all from '@dingkit/react'; console.log(all);", {
      withoutJsapi: true,
    });
    expect(all.gzip).toBeLessThanOrEqual(budget.allOfReact);
  });

  it("createJsapiBridge's first load holds none of dingtalk-jsapi's code", async () => {
    const size = await measureSize(use(['createJsapiBridge'], '@dingkit/core'));
    expect(size.inputs.some((input) => input.includes('dingtalk-jsapi/'))).toBe(true);
    expect(size.initialInputs.filter((input) => input.includes('dingtalk-jsapi/'))).toEqual([]);
  });

  it("no hook brings dingtalk-jsapi's full namespace", async () => {
    // The full namespace does have these modules, so their absence below means something.
    const namespace = await measureSize("import * as dd from 'dingtalk-jsapi'; console.log(dd);");
    expect(hasFullNamespace(namespace)).toEqual(fullNamespace);
    // Every hook at once: what none of them brings together, none brings alone.
    const everyHook = await measureSize(use(['DingTalkProvider', ...hooks], '@dingkit/react'));
    expect(everyHook.inputs.some((input) => input.includes('dingtalk-jsapi/lib/ddSdk.js'))).toBe(true);
    expect(hasFullNamespace(everyHook)).toEqual([]);
  });
});
