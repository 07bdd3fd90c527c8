import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, inject, it } from 'vitest';
import { exec, publishedPackages, root } from './prepareConsumer';

const dir = inject('consumerDir');
const tarballs = inject('tarballs');
const bin = (name: string) => join(dir, 'node_modules', '.bin', name);

describe('the packed packages in an app outside the workspace', () => {
  it('type-check with moduleResolution bundler', async () => {
    await exec(bin('tsc'), ['-p', 'tsconfig.json'], dir);
  });

  it('type-check with moduleResolution nodenext', async () => {
    await exec(bin('tsc'), ['-p', 'tsconfig.nodenext.json'], dir);
  });

  it('build with vite build', async () => {
    await exec(bin('vite'), ['build', '--logLevel', 'error'], dir);
    const html = await readFile(join(dir, 'dist', 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/);
  });

  it('render on the server: importing them in Node touches no window', async () => {
    await exec(
      bin('vite'),
      ['build', '--ssr', 'src/ssr.tsx', '--outDir', 'dist-ssr', '--logLevel', 'error'],
      dir,
    );
    // Node loads the packages themselves from node_modules (vite keeps dependencies external).
    const html = await exec(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { render } from './dist-ssr/ssr.js'; process.stdout.write(render());",
      ],
      dir,
    );
    expect(html).toContain('审批');
    expect(html).toContain('idle');
  });

  it('resolve for bundlers that honour the common "source" condition', async () => {
    // A `source` condition pointing at unpublished src/ broke such bundlers.
    const result = await build({
      entryPoints: [join(dir, 'src', 'main.tsx')],
      absWorkingDir: dir,
      bundle: true,
      write: false,
      conditions: ['source'],
      loader: { '.css': 'empty' },
      jsx: 'automatic',
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
  });

  it('publish no export condition, file or script that points into the workspace', async () => {
    for (const folder of publishedPackages) {
      const manifest = JSON.parse(
        await readFile(join(dir, 'node_modules', `@dingkit/${folder}`, 'package.json'), 'utf8'),
      );
      const text = JSON.stringify(manifest.exports);
      expect(text, `@dingkit/${folder} exports`).not.toMatch(/"\.\/src\/[^"]*\.tsx?"/);
      for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'license']) {
        expect(manifest[field], `@dingkit/${folder} ${field}`).toBeTruthy();
      }
      await expect(
        readFile(join(dir, 'node_modules', `@dingkit/${folder}`, 'LICENSE'), 'utf8'),
      ).resolves.toMatch(/^MIT License/);
      await expect(
        readFile(join(dir, 'node_modules', `@dingkit/${folder}`, 'README.md'), 'utf8'),
      ).resolves.toMatch(new RegExp(`^# @dingkit/${folder}`));
    }
  });

  it('pass publint', async () => {
    for (const folder of publishedPackages) {
      const out = await exec(
        join(root, 'node_modules', '.bin', 'publint'),
        ['--strict', `packages/${folder}`],
        root,
      );
      expect(out, folder).toMatch(/All good!/);
    }
  });

  it('have types that resolve for ESM consumers (are the types wrong?)', async () => {
    for (const [name, tarball] of Object.entries(tarballs)) {
      // CommonJS `require` and node10 are not supported: the packages are ESM-only.
      const args = [tarball, '--profile', 'esm-only', '--format', 'json'];
      if (name === '@dingkit/react') args.push('--exclude-entrypoints', './styles.css');
      const out = await exec(join(root, 'node_modules', '.bin', 'attw'), args, root).catch(
        (error: Error) => error.message,
      );
      const json = out.slice(out.indexOf('{'));
      const { analysis } = JSON.parse(json) as { analysis: { problems: { resolutionKind: string }[] } };
      const problems = analysis.problems.filter(
        (problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs',
      );
      expect(problems, name).toEqual([]);
    }
  });
});

it("marks each client entry 'use client' once, and nothing else", async () => {
  const head = async (path: string) =>
    (await readFile(join(dir, 'node_modules', path), 'utf8')).slice(0, 200);
  for (const entry of ['@dingkit/react/dist/index.js', '@dingkit/mock/dist/index.js']) {
    expect((await head(entry)).match(/use client/g), entry).toHaveLength(1);
  }
  for (const entry of [
    '@dingkit/core/dist/index.js',
    '@dingkit/mock/dist/emulator.js',
    '@dingkit/server/dist/index.js',
  ]) {
    expect(await head(entry), entry).not.toMatch(/use client/);
  }
});
