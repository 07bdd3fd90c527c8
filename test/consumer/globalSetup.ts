import type { TestProject } from 'vitest/node';
import { type Consumer, prepareConsumer, removeConsumer } from './prepareConsumer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The consumer app's folder, with the packed packages installed. */
    consumerDir: string;
    /** Package name → the tarball installed in it. */
    tarballs: Record<string, string>;
  }
}

/** Packs and installs once for every test of the consumer project. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const consumer: Consumer = await prepareConsumer(new URL('./app', import.meta.url).pathname);
  project.provide('consumerDir', consumer.dir);
  project.provide('tarballs', consumer.tarballs);
  return async () => {
    // DINGKIT_KEEP_CONSUMER=1 leaves the app in place to look at after a failure.
    if (process.env.DINGKIT_KEEP_CONSUMER !== '1') await removeConsumer(consumer);
  };
}
