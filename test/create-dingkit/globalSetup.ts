import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packPackages } from '../consumer/prepareConsumer';
import { createDingkit, installWithTarballs, packCli } from './scaffoldApp';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the apps, outside the workspace. */
    createBase: string;
    /** What create-dingkit printed for each template, by template. */
    createOutput: Record<string, string>;
  }
}

/** The apps the tests run, by template: each in `<base>/<template>`. */
export const templates = ['with-server', 'basic'] as const;

/**
 * Packs the packages and create-dingkit, creates an app of each template with the packed command
 * (no prompts, no install), and installs each with the packed packages.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const base = await mkdtemp(join(tmpdir(), 'dingkit-create-'));
  const tarballs = await packPackages(join(base, 'tarballs'));
  const cli = await packCli(join(base, 'tarballs'));
  const output: Record<string, string> = {};
  for (const template of templates) {
    output[template] = await createDingkit(
      cli,
      [template, '--template', template, '--yes', '--no-install'],
      base,
    );
    await installWithTarballs(join(base, template), tarballs);
  }
  console.log(
    `create-dingkit: packed, created and installed both apps in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('createBase', base);
  project.provide('createOutput', output);
  return async () => {
    // DINGKIT_KEEP_CONSUMER=1 leaves the apps in place to look at after a failure.
    if (process.env.DINGKIT_KEEP_CONSUMER !== '1') await rm(base, { recursive: true, force: true });
  };
}
