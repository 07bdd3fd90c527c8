import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Variant } from './setup';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

/** Where the built apps go. */
export const outputDir = `${root}test/bench/output/time-to-answer`;

/** Stops early when the packages were never built: the apps bundle dingkit from dist/. */
export function assertPackagesBuilt(): void {
  const missing = ['core', 'react', 'mock'].filter(
    (name) => !existsSync(`${root}packages/${name}/dist/index.js`),
  );
  if (missing.length > 0) {
    throw new Error(`packages/{${missing.join(',')}}/dist is missing: run npm run build first.`);
  }
}

/**
 * Builds one app with the `vite build` command in a process of its own (so NODE_ENV is
 * production, as in an app's build), and returns its output folder, served at `/<id>/`.
 */
export function buildApp(variant: Variant): string {
  const out = `${outputDir}/${variant.id}`;
  const vite = `${dirname(require.resolve('vite/package.json'))}/bin/vite.js`;
  const args = [vite, 'build', `${here}apps/${variant.id}`, '--config', `${here}vite.config.ts`];
  args.push('--base', `/${variant.id}/`, '--outDir', out, '--emptyOutDir');
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(`vite build of app ${variant.id} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return out;
}

/** Bundles one of host/*.ts into a minified classic script, dingkit from dist/ as in the apps. */
export async function buildHostScript(name: 'pcHost' | 'mobileHost'): Promise<string> {
  const result = await build({
    entryPoints: [`${here}host/${name}.ts`],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
