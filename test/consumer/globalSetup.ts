import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packPackages, prepareConsumer, removeConsumer } from './prepareConsumer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The consumer app's folder, with the packed packages installed. */
    consumerDir: string;
    /** Package name → the tarball installed in it. */
    tarballs: Record<string, string>;
    /** The same app with React 18 (the version the hook tests also run against) and Vite only. */
    consumerDirReact18: string;
  }
}

/** The React 18 that test/react18 installs for the hook tests (so npm has it offline). */
const react18 = async () =>
  (
    JSON.parse(await readFile(new URL('../react18/package.json', import.meta.url), 'utf8')) as {
      dependencies: { react: string };
    }
  ).dependencies.react;

/** Packs and installs once for every test of the consumer project. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = new URL('./app', import.meta.url).pathname;
  // Packed once for both apps, which then install side by side.
  const packed = await mkdtemp(join(tmpdir(), 'dingkit-tarballs-'));
  const tarballs = await packPackages(packed);
  const [consumer, withReact18] = await Promise.all([
    prepareConsumer(template, { tarballs }),
    prepareConsumer(template, {
      react: await react18(),
      devDependencies: ['vite', '@vitejs/plugin-react'],
      tarballs,
    }),
  ]);
  project.provide('consumerDir', consumer.dir);
  project.provide('tarballs', tarballs);
  project.provide('consumerDirReact18', withReact18.dir);
  return async () => {
    // DINGKIT_KEEP_CONSUMER=1 leaves the apps in place to look at after a failure.
    if (process.env.DINGKIT_KEEP_CONSUMER !== '1') {
      await Promise.all([
        removeConsumer(consumer),
        removeConsumer(withReact18),
        rm(packed, { recursive: true, force: true }),
      ]);
    }
  };
}
