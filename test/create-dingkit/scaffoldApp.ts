// Runs create-dingkit as `npm create dingkit@latest` does, from its packed tarball, in a folder
// outside the workspace; then installs the app with the packed dingkit packages in place of the
// registry's and its toolchain pinned to the repository's versions, so that npm needs nothing
// beyond its cache.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exec, root, rootVersion } from '../consumer/prepareConsumer';

/** The environment the app's own commands run in: a team's shell, not this test run's. */
export const appEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries({ ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' }).filter(
    ([name]) => !/^(VITEST|TEST$|NODE_ENV$|DINGTALK_)/.test(name),
  ),
);

/** Runs a command and logs how long it took. */
export async function timed(label: string, command: string, args: string[], cwd: string): Promise<string> {
  const started = performance.now();
  const out = await exec(command, args, cwd, appEnv);
  console.log(`create-dingkit: ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

/** Packs create-dingkit (run `npm run build` first) into `dest`; returns the tarball's path. */
export async function packCli(dest: string): Promise<string> {
  const out = await exec(
    'npm',
    ['pack', '--silent', '--pack-destination', dest],
    join(root, 'packages/create-dingkit'),
  );
  return join(dest, out.trim().split('\n').at(-1)!);
}

/** `npm create dingkit@latest <args>`, with the packed command in place of the registry's. */
export function createDingkit(cliTarball: string, args: readonly string[], cwd: string): Promise<string> {
  return exec(
    'npm',
    ['exec', '--yes', `--package=${cliTarball}`, '--', 'create-dingkit', ...args],
    cwd,
    appEnv,
  );
}

type Manifest = Record<'dependencies' | 'devDependencies', Record<string, string>> & {
  overrides?: Record<string, string>;
};

/**
 * Points the app's dingkit dependencies at the tarballs (for the packages' own dependencies on
 * each other too) and pins every other dependency to the version installed at the repository's
 * root, then installs with npm.
 */
export async function installWithTarballs(dir: string, tarballs: Record<string, string>): Promise<void> {
  const file = join(dir, 'package.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
  for (const field of ['dependencies', 'devDependencies'] as const) {
    for (const name of Object.keys(manifest[field])) {
      const tarball = tarballs[name];
      manifest[field][name] = tarball ? `file:${tarball}` : await rootVersion(name);
    }
  }
  manifest.overrides = Object.fromEntries(
    Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`]),
  );
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  await timed(
    `npm install (${dir.split('/').at(-1)})`,
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '--no-package-lock'],
    dir,
  );
}
