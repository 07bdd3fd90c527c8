// Packs the packages as npm would publish them and installs the tarballs into an app outside
// the workspace, so what is tested is what a team gets from `npm install @dingkit/react`: the
// built dist/, the published package.json, and no workspace link to fall back on.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root. */
export const root: string = fileURLToPath(new URL('../..', import.meta.url));

/** Every package the repository publishes, by folder under packages/. */
export const publishedPackages = ['core', 'react', 'mock', 'server', 'storybook'] as const;

/** Runs a command; on failure the error carries what it printed. */
export async function exec(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/** Packs every published package (run `npm run build` first) into `dest`; returns name → tarball path. */
export async function packPackages(dest: string): Promise<Record<string, string>> {
  await mkdir(dest, { recursive: true });
  const tarballs: Record<string, string> = {};
  for (const folder of publishedPackages) {
    const dir = join(root, 'packages', folder);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name: string };
    const files = await readdir(join(dir, 'dist')).catch(() => []);
    if (files.length === 0) throw new Error(`${manifest.name} has no dist/: run \`npm run build\` first.`);
    const out = await exec('npm', ['pack', '--silent', '--pack-destination', dest], dir);
    tarballs[manifest.name] = join(dest, out.trim().split('\n').at(-1)!);
  }
  return tarballs;
}

/** The version of a package installed at the repository root, so the app uses the same toolchain. */
export async function rootVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  return (manifest as { version: string }).version;
}

/** What an app needs besides dingkit. */
const appDependencies = ['react', 'react-dom', 'dingtalk-jsapi'];
/** The consumer app's toolchain. */
export const appDevDependencies: readonly string[] = [
  'vite',
  '@vitejs/plugin-react',
  'typescript',
  '@types/react',
  '@types/react-dom',
  '@types/node',
  'esbuild',
  // The READMEs' test samples (@dingkit/mock/testing), type-checked and run.
  '@testing-library/react',
  '@testing-library/dom',
  '@testing-library/user-event',
  'vitest',
  'jsdom',
  // The READMEs' server samples.
  'express',
  '@types/express',
  'hono',
  'redis',
  'express-rate-limit',
];

const pinned = async (names: readonly string[]) =>
  Object.fromEntries(await Promise.all(names.map(async (name) => [name, await rootVersion(name)])));

/** An app made from a template folder with the packed packages installed. */
export interface Consumer {
  /** The app's folder, outside the workspace. */
  dir: string;
  /** Package name → tarball path. */
  tarballs: Record<string, string>;
}

/** Options of {@link prepareConsumer}. */
export interface ConsumerOptions {
  /** Dev dependencies besides dingkit, React and dingtalk-jsapi. @default appDevDependencies */
  devDependencies?: readonly string[];
  /** The version of React and ReactDOM to install. @default the repository's */
  react?: string | undefined;
  /** Tarballs packed already (package name → path), for a second app of the same run. @default packs them */
  tarballs?: Record<string, string> | undefined;
}

/**
 * Copies `template` into a new folder under the system's temp folder (outside the workspace, so
 * nothing resolves through the repository's node_modules), writes its package.json with the
 * tarballs and the toolchain pinned to the versions the repository is tested with, and installs
 * it with npm.
 */
export async function prepareConsumer(
  template: string,
  { devDependencies = appDevDependencies, react, tarballs: packed }: ConsumerOptions = {},
): Promise<Consumer> {
  const base = await mkdtemp(join(tmpdir(), 'dingkit-consumer-'));
  const tarballs = packed ?? (await packPackages(join(base, 'tarballs')));
  const dir = join(base, 'app');
  await cp(template, dir, { recursive: true });
  const manifest = {
    name: 'dingkit-consumer',
    private: true,
    type: 'module',
    dependencies: {
      ...Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`])),
      ...(await pinned(appDependencies)),
      ...(react ? { react, 'react-dom': react } : {}),
    },
    devDependencies: await pinned(devDependencies),
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await exec(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '--no-package-lock'],
    dir,
    // Tests use the system's Chromium (test/support/chromium.ts).
    { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  );
  return { dir, tarballs };
}

/** Removes what {@link prepareConsumer} made. */
export async function removeConsumer({ dir }: Consumer): Promise<void> {
  await rm(join(dir, '..'), { recursive: true, force: true });
}
