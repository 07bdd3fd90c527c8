// Reads the lowest client version per platform (HarmonyOS included) that dingtalk-jsapi registers for each API
// (`ddSdk.setAPI(name, { [ENV_ENUM.pc]: { vs: '2.5.0' }, … })` in api/**/*.js) and writes it into
// the API's descriptor, packages/core/src/catalog/apis/<name>.ts: the third argument of
// `api('device.notification.confirm', 'AIP~', '2.4.0 2.5.0', …)`. Written in each descriptor's
// own module rather than in a shared one, so that an app's bundler ships the versions of the APIs
// the app calls only. It also writes catalog/authApis.generated.ts, the default jsApiList per
// platform, from the descriptors' codes (the adapter sends it with `config` without loading
// every descriptor), and catalog/everyApi.generated.ts, the list of every descriptor that the
// full catalog is built from.
//
// The newer API names (`api/union/*`, listed with the API each calls in
// jsapiUnionTypes.generated.ts) get descriptors too: their versions are what their own union module
// registers for the API it calls. A union name's descriptor module is created when missing, with
// its code read from the registrations (A, I, P) and, where it calls a catalog API, that API's `+`
// and `~`; it is hand-edited after that (params/result rewriting, rules), and only its versions
// are rewritten here.
//
// Each module is run in a sandbox whose `require` hands it a recording `setAPI` and the package's
// real ENV_ENUM, so whatever form the minifier gave the registration, we read what it registers.
// A per-API module (api/<ns>/.../<name>.js) wins over the `api/union/` modules that re-register
// the same API under a new name (those carry the version the union name appeared in, 6.0.0+).
//
// Usage: node scripts/extract-versions.mjs [--check]   (--check: fail if the file is out of date)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const pkgDir = join(require.resolve('dingtalk-jsapi/package.json'), '..');
const pkgVersion = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const catalogDir = join(root, 'packages/core/src/catalog');
const apisDir = join(catalogDir, 'apis');
const authOutput = join(catalogDir, 'authApis.generated.ts');
const everyOutput = join(catalogDir, 'everyApi.generated.ts');
const apisIndex = join(catalogDir, 'apis.ts');

// The platforms we keep, in the order of the versions string.
const platforms = ['android', 'ios', 'pc', 'harmony'];

// ENV_ENUM as the package defines it (lib/sdk/sdkLib.js has no browser globals at load time).
const { ENV_ENUM } = require(join(pkgDir, 'lib/sdk/sdkLib.js'));
for (const platform of platforms) {
  if (ENV_ENUM[platform] === undefined) throw new Error(`ENV_ENUM.${platform} is missing in dingtalk-jsapi`);
}
const platformOf = new Map(platforms.map((platform) => [ENV_ENUM[platform], platform]));

// Our catalog's names: every quoted API name of the GenericApiName union.
const names = new Set(
  [...readFileSync(join(catalogDir, 'genericApis.ts'), 'utf8').matchAll(/\|\s*'([\w.]+)'/g)].map((m) => m[1]),
);
if (names.size < 100) throw new Error(`read only ${names.size} API names from genericApis.ts`);

// The newer names and the API each calls (`action`: the runtime.h5nuvabridge.exec ones).
const unionSource = readFileSync(join(catalogDir, 'jsapiUnionTypes.generated.ts'), 'utf8');
const unionCalls = new Map(
  [...unionSource.matchAll(/^ {2}(\w+): \{ params: \w+; result: \w+; calls: '([\w.]+)'/gm)].map((m) => [
    m[1],
    m[2],
  ]),
);
if (unionCalls.size < 150)
  throw new Error(`read only ${unionCalls.size} union names from jsapiUnionTypes.generated.ts`);

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/** Runs one module and returns what it passed to setAPI. */
function registrations(file) {
  const found = [];
  const ddSdk = { ENV_ENUM, ddSdk: { setAPI: (name, config) => found.push({ name, config }) } };
  // Helpers (apiHelper and friends) only build param adapters: any call returns a no-op.
  const inert = new Proxy(() => inert, { get: (_, key) => (key === '__esModule' ? true : inert) });
  const stubRequire = (specifier) => (/\/lib\/ddSdk$/.test(specifier) ? ddSdk : inert);
  const module = { exports: {} };
  const run = vm.runInNewContext(
    `(function (exports, require, module) {${readFileSync(file, 'utf8')}\n})`,
    {},
    { filename: file },
  );
  run.call({}, module.exports, stubRequire, module);
  return found;
}

const perApi = new Map();
const viaUnion = new Map();
const ofUnion = new Map();
let files = 0;
for (const file of jsFiles(join(pkgDir, 'api'))) {
  const source = readFileSync(file, 'utf8');
  if (!source.includes('setAPI')) continue;
  files++;
  const path = relative(join(pkgDir, 'api'), file);
  const union = path.startsWith('union');
  const unionName = union ? path.slice('union/'.length, -'.js'.length) : undefined;
  for (const { name, config } of registrations(file)) {
    const versions = platforms.map(() => '');
    for (const [env, entry] of Object.entries(config ?? {})) {
      const platform = platformOf.get(env);
      if (platform && typeof entry?.vs === 'string') versions[platforms.indexOf(platform)] = entry.vs;
    }
    if (unionCalls.get(unionName) === name && !ofUnion.has(unionName)) ofUnion.set(unionName, versions);
    if (!names.has(name)) continue;
    const target = union ? viaUnion : perApi;
    if (!target.has(name)) target.set(name, versions);
  }
}

const versions = new Map();
for (const name of names) {
  const found = perApi.get(name) ?? viaUnion.get(name);
  // Some per-API modules predate HarmonyOS: the union module that re-registers the API says from
  // which version HarmonyOS runs it.
  const harmony = platforms.indexOf('harmony');
  if (found && !found[harmony] && viaUnion.get(name)?.[harmony]) found[harmony] = viaUnion.get(name)[harmony];
  if (found) versions.set(name, found);
}
for (const [name, found] of ofUnion) versions.set(name, found);
const missing = [...names, ...unionCalls.keys()].filter((name) => !versions.has(name)).sort();

/** The descriptor's export name: the API name camelCased (`device.notification.confirm` → `deviceNotificationConfirm`, `ExternalChannelPublish` → `externalChannelPublish`). */
const exportName = (name) =>
  name[0].toLowerCase() + name.slice(1).replace(/\.(\w)/g, (_, c) => c.toUpperCase());

/** The versions string of `api()`: `mobile pc harmony`, the trailing `-` left out. */
function versionsText(name) {
  const [android = '-', ios = '-', pc = '-', harmony = '-'] = (versions.get(name) ?? []).map((v) => v || '-');
  const mobile = android === ios ? android : `${android}/${ios}`;
  return harmony !== '-' ? `${mobile} ${pc} ${harmony}` : pc !== '-' ? `${mobile} ${pc}` : mobile;
}

// A union name new to the catalog waits for a person when it picks, shows or opens something.
const waits =
  /^(add|choose|complexChoose|compress|create|crop|download|edit|generate|make|minutes|navigate|open|preview|request(?!AuthCode)|save|showA|showM|showS|startDinger|subscribe|upload)/;

/** The module of a union name new to the catalog: its code and versions, and the API it calls. */
function unionModule(name) {
  const calls = unionCalls.get(name);
  const [android, ios, pc] = versions.get(name) ?? [];
  const legacy = names.has(calls) ? readFileSync(join(apisDir, `${exportName(calls)}.ts`), 'utf8') : '';
  const legacyCode = /api\(\s*'[\w.]+',\s*'([AIP+~]+)'/.exec(legacy)?.[1] ?? '';
  const code = `${android ? 'A' : ''}${ios ? 'I' : ''}${pc ? 'P' : ''}${legacyCode.includes('+') ? '+' : ''}${
    legacyCode ? (legacyCode.includes('~') ? '~' : '') : waits.test(name) ? '~' : ''
  }`;
  return `import { api } from '../api';

export const ${exportName(name)} = /* @__PURE__ */ api('${name}', '${code || 'A'}', '${versionsText(name)}', { calls: '${calls}' });
`;
}

for (const name of unionCalls.keys()) {
  const file = join(apisDir, `${exportName(name)}.ts`);
  try {
    readFileSync(file, 'utf8');
  } catch {
    if (process.argv.includes('--check'))
      throw new Error(`${name} has no descriptor module: run node scripts/extract-versions.mjs`);
    writeFileSync(file, unionModule(name));
  }
}

const sorted = [...names, ...unionCalls.keys()].sort();
// Each descriptor's module with its versions written in. Android and iOS share one version almost
// always: written once, or as `android/ios` when not; `-` where neither has one; pc left out
// where PC has none.
const codes = new Map();
const apisText = readFileSync(apisIndex, 'utf8');
const descriptors = sorted.map((name) => {
  const file = join(apisDir, `${exportName(name)}.ts`);
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${name} has no descriptor module: create ${relative(root, file)}`);
  }
  const call = new RegExp(`(api\\(\\s*'${name.replace(/\./g, '\\.')}',\\s*'([AIPH+~]+)',\\s*')([^']*)(')`);
  const match = call.exec(source);
  if (!match)
    throw new Error(`${relative(root, file)} does not call api('${name}', '<code>', '<versions>', …)`);
  codes.set(name, match[2]);
  if (!apisText.includes(`export { ${exportName(name)} } from './apis/${exportName(name)}';`)) {
    throw new Error(`${relative(root, apisIndex)} does not export ${exportName(name)}`);
  }
  return { file, current: source, text: source.replace(call, `$1${versionsText(name)}$4`) };
});

// The default jsApiList names the catalog's legacy APIs only: a newer name is authorised under the
// legacy name it calls (the list holds it where the handbook lists it for the platform), and the
// list stays as small as the handbook's table makes it.
const letters = { android: 'A', ios: 'I', pc: 'P' };
const runsOn = (name, platform) =>
  platform === 'harmony'
    ? !!versions.get(name)?.[3] || codes.get(name).includes('H')
    : codes.get(name).includes(letters[platform]);
const authLists = platforms.map((platform) => {
  const list = sorted.filter(
    (name) => names.has(name) && codes.get(name).includes('+') && runsOn(name, platform),
  );
  return `  ${platform}: '${list.join(' ')}',`;
});
const authText = `// Generated by scripts/extract-versions.mjs from the codes of the descriptors in apis/. Do not
// edit: run \`node scripts/extract-versions.mjs\` after changing a descriptor's code.

/**
 * The default jsApiList per platform: every API that needs authorisation and runs there, sorted
 * by name and separated by spaces.
 */
export const authApis: Readonly<Record<'android' | 'ios' | 'pc' | 'harmony', string>> = {
${authLists.join('\n')}
};
`;

// An array, not a namespace import of apis.ts: a bundler writes a namespace object out with the
// name of every export, 310 names the catalog has no use for (they are in the descriptors).
const everyText = `// Generated by scripts/extract-versions.mjs from the descriptors in apis/. Do not edit: run
// \`node scripts/extract-versions.mjs\` after adding a descriptor.
import type { ApiDescriptor } from '../types';
import {
${sorted.map((name) => `  ${exportName(name)},`).join('\n')}
} from './apis';

/**
 * Every descriptor, sorted by name, for the full catalog: in the lazily loaded catalog's chunk,
 * not in an app's first load.
 */
export const everyApi: readonly ApiDescriptor[] = [
${sorted.map((name) => `  ${exportName(name)},`).join('\n')}
];
`;
/** A file's text, or '' when it does not exist yet. */
const textOf = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

const outputs = [
  ...descriptors,
  { file: authOutput, current: textOf(authOutput), text: authText },
  { file: everyOutput, current: textOf(everyOutput), text: everyText },
];
if (process.argv.includes('--check')) {
  const stale = outputs
    .filter(({ current, text }) => current !== text)
    .map(({ file }) => relative(root, file));
  if (stale.length) {
    console.error(`Out of date: ${stale.join(', ')}. Run node scripts/extract-versions.mjs`);
    process.exit(1);
  }
  console.log(
    `The versions of ${descriptors.length} descriptors, ${relative(root, authOutput)} and ${relative(root, everyOutput)} are up to date.`,
  );
} else {
  for (const { file, current, text } of outputs) if (current !== text) writeFileSync(file, text);
  console.log(
    `Read ${files} modules of dingtalk-jsapi ${pkgVersion}; wrote the versions of ${versions.size} of ${names.size + unionCalls.size} APIs (${unionCalls.size} newer names) into their descriptors.`,
  );
  if (missing.length) console.log(`Not registered by dingtalk-jsapi: ${missing.join(', ')}`);
}
