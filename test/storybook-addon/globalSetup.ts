import type { TestProject } from 'vitest/node';
import { type Consumer, prepareConsumer, removeConsumer } from '../consumer/prepareConsumer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture Storybook project's folder, with the packed packages installed. */
    fixtureDir: string;
  }
}

/** A team's Storybook toolchain, besides React. */
const storybookToolchain = [
  'storybook',
  '@storybook/react-vite',
  '@storybook/addon-vitest',
  'vite',
  'vitest',
  '@vitest/browser-playwright',
  'playwright',
  'typescript',
  '@types/react',
  '@types/react-dom',
  '@types/node',
];

/** Packs and installs the fixture Storybook project once for every test of the project. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const fixture: Consumer = await prepareConsumer(new URL('../storybook-fixture', import.meta.url).pathname, {
    devDependencies: storybookToolchain,
  });
  console.log(
    `storybook fixture: packed and installed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('fixtureDir', fixture.dir);
  return async () => {
    // DINGKIT_KEEP_CONSUMER=1 leaves the project in place to look at after a failure.
    if (process.env.DINGKIT_KEEP_CONSUMER !== '1') await removeConsumer(fixture);
  };
}
