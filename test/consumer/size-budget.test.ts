import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { type Bundler, type BundleSize, measureSize, withStaticImports } from '../bench/measureSize';

// What an app ships of dingkit, measured on the packed packages installed in an app (their
// dist/, as published): minified ESM, gzip -9, React external, the bundler's own helpers included
// (Vite's preload helper and module-preload polyfill, CommonJS interop). Bytes; a kB is 1000
// bytes. "Up front" is the entry chunk and what it imports statically, with dingtalk-jsapi
// bundled as apps do (its interop helpers would land there). "In all" is every chunk of
// dingkit's own code, dingtalk-jsapi left out, apart from two kinds of chunk that a page loads
// only in certain cases and that get figures of their own: the message tables (one per locale,
// loaded on the first failure), the full catalog (loaded by a lookup by name: a bridge called
// with a name, `useJsApi`, `isSupported('…')`) and the debugging aids: `onCall`'s events (loaded
// for a client given `onCall`) and the debug panel (loaded with `?dk_debug=1` or the provider's
// `devtools` prop).
//
// The budgets guard today's real figures with a small margin; lower them as the code shrinks.
// They are still above the goals for Vite (3,500 B up front with Vite's helpers, 6,000 B in all,
// 15,000 B for all of @dingkit/react). "In all" counts the four platform modules of dingtalk-jsapi's
// loader although a page loads one, and the legacy adapter, which travels in the deferred chunk. The newer API
// names' 197 descriptors are in the full catalog only (loaded only for lookups by name). The
// debugging aids grew by about 0.1 kB when `onCall` and the debug panel learnt the later answers
// of listening calls (the taps). esbuild's "in all" and all of @dingkit/react grew by about 40 B
// when hooks learnt to fill a param of another name from the signature (`calleeCorpId`). Vite's
// first load lost about 140 B at the same time: Rolldown used to put the parameter rules
// (`catalog/rules.js`, `catalog/api.js`) in a 512 B chunk of their own, and keeps them in the
// entry chunk since some descriptors of the full catalog import a first-load module (`noop`).
// One request fewer, too. "In all" grew by about 300 B (Vite) and 350 B (esbuild) when each
// platform module began to import a flag of the deferred chunk, so that bundlers request the two
// together: with dingtalk-jsapi left out, as "in all" is measured, that import is what gives the
// platform chunks a dependency, and so brings Vite's dependency map (about 100 B) that an app
// which bundles dingtalk-jsapi has anyway; esbuild moves the deferred chunk's modules into a chunk
// that the platforms' chunks share. Up front, with dingtalk-jsapi bundled, it costs 5 B.
const budgets: Record<
  Bundler,
  {
    upFront: number;
    anyHookUpFront: number;
    providerTotal: number;
    tables: number;
    catalog: number;
    devtools: number;
    allOfReact: number;
  }
> = {
  vite: {
    upFront: 5650,
    anyHookUpFront: 6350,
    providerTotal: 10_700,
    tables: 6900,
    catalog: 8500,
    devtools: 4300,
    allOfReact: 17_750,
  },
  esbuild: {
    upFront: 6050,
    anyHookUpFront: 6700,
    providerTotal: 11_100,
    tables: 7000,
    catalog: 8600,
    devtools: 4300,
    allOfReact: 18_800,
  },
};

/** Chunks whose dingkit code is all message tables. */
const isTable = (chunk: BundleSize['chunks'][number]) =>
  chunk.inputs.some((input) => input.includes('@dingkit/core/dist/messages/')) &&
  chunk.inputs.every(
    (input) => input.includes('@dingkit/core/dist/messages/') || !input.includes('@dingkit/'),
  );
/** The chunk of the full catalog. */
const isCatalog = (chunk: BundleSize['chunks'][number]) =>
  chunk.inputs.some((input) => input.endsWith('@dingkit/core/dist/catalog/catalog.js'));
/** The chunks of the debugging aids: the debug panel, and `onCall`'s events. */
const isDevtools = (chunk: BundleSize['chunks'][number]) =>
  chunk.inputs.some(
    (input) =>
      input.endsWith('@dingkit/react/dist/devtools/DevtoolsPanel.js') ||
      input.endsWith('@dingkit/core/dist/traceCall.js'),
  );
const sum = (chunks: BundleSize['chunks']) => chunks.reduce((total, chunk) => total + chunk.gzip, 0);

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
      const tables = sum(provider.chunks.filter(isTable));
      const catalog = sum(provider.chunks.filter(isCatalog));
      const devtools = sum(provider.chunks.filter(isDevtools));
      const rest = provider.gzip - tables - catalog - devtools;
      console.info(
        `${bundler}: provider + useConfirm ${first} B up front, ${rest} B in all (message tables ${tables} B, full catalog ${catalog} B, debug panel and onCall ${devtools} B)`,
      );
      expect(first).toBeLessThanOrEqual(budget.upFront);
      expect(rest).toBeLessThanOrEqual(budget.providerTotal);
      expect(tables).toBeLessThanOrEqual(budget.tables);
      expect(catalog).toBeLessThanOrEqual(budget.catalog);
      expect(devtools).toBeLessThanOrEqual(budget.devtools);
      // The client's session (validation, the handshake, localisation), the adapters with their
      // guards, the message tables and the full catalog are lazy: none is in the first load, all
      // are in the bundle.
      // So are onCall's events and the debug panel (its words and its report with it): a chunk of
      // their own each, requested only by a page that asks for them.
      const lazy =
        /session\.js|localize\.js|catalog\/validate\.js|load(Api|Messages|Trace)\.js|adapters\/(adapter|legacyBridge)\.js|createBridge\.js|toDingTalkError\.js|authApis|messages\/|catalog\/(catalog|everyApi\.generated)\.js|traceCall\.js|devtools\/(DevtoolsPanel|devtoolsLabels|devtoolsReport)\.js/;
      expect(provider.initialInputs.filter((input) => lazy.test(input))).toEqual([]);
      expect(provider.inputs.filter((input) => lazy.test(input)).length).toBeGreaterThan(16);
      expect(provider.chunks.filter(isDevtools).map((chunk) => chunk.initial)).toEqual([false, false]);
      // Of the 310 descriptors, the first load has the one the hook calls. esbuild assigns whole
      // modules to chunks: the lazy catalog needs every descriptor, so the first load shares those
      // of the hook's family (its module of the hook table), the dialogs here, and no other.
      const descriptors = provider.initialInputs.filter((input) => input.includes('/catalog/apis/'));
      if (bundler === 'vite') {
        expect(descriptors).toEqual([expect.stringMatching(/catalog\/apis\/deviceNotificationConfirm\.js$/)]);
      } else {
        expect(descriptors).toContainEqual(expect.stringMatching(/deviceNotificationConfirm\.js$/));
        expect(
          descriptors.filter((input) => !/catalog\/apis\/deviceNotification\w+\.js$/.test(input)),
        ).toEqual([]);
      }
    });

    it('every hook with the provider stays within the same up-front budget', async () => {
      expect(hooks.length).toBeGreaterThan(30);
      const over: string[] = [];
      let largest = 0;
      for (const hook of hooks) {
        const size = await upFront(use(['DingTalkProvider', hook], '@dingkit/react'));
        largest = Math.max(largest, size);
        if (size > budget.anyHookUpFront) over.push(`${hook}: ${size} B`);
      }
      console.info(`${bundler}: provider + the largest hook ${largest} B up front`);
      expect(over).toEqual([]);
    });

    it('all of @dingkit/react stays within its budget', async () => {
      expect(everything.length).toBeGreaterThan(60);
      const all = await measure(use(everything, '@dingkit/react'));
      const rest =
        all.gzip -
        sum(all.chunks.filter(isTable)) -
        sum(all.chunks.filter(isCatalog)) -
        sum(all.chunks.filter(isDevtools));
      console.info(
        `${bundler}: all of @dingkit/react ${rest} B (${all.gzip} B with the tables and the catalog)`,
      );
      expect(rest).toBeLessThanOrEqual(budget.allOfReact);
    });

    it("inside DingTalk, the platform's chunk brings the session and the adapters with it", async () => {
      // A lazy chunk that imports no other chunk is requested by Vite's preload helper one
      // microtask after `import()`, once the rest of the app's entry module has evaluated; as a
      // static import of the platform's chunk it is requested with dingtalk-jsapi's modules.
      const size = await measureSize(use(['DingTalkProvider', 'useConfirm'], '@dingkit/react'), {
        dir,
        bundler,
      });
      for (const platform of ['pc', 'ios', 'android', 'harmony']) {
        const own = size.chunks.find((chunk) =>
          chunk.inputs.some((input) => input.endsWith(`adapters/jsapiModules/${platform}.js`)),
        );
        expect(own?.initial).toBe(false);
        expect(withStaticImports(own!, size.chunks).flatMap((chunk) => chunk.inputs)).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/@dingkit\/core\/dist\/session\.js$/),
            expect.stringMatching(/@dingkit\/core\/dist\/adapters\/adapter\.js$/),
          ]),
        );
      }
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
