import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, readmeFor, templatesFolder } from './createApp';
import { templates } from './templates';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'create-dingkit-app-'));
});
afterEach(() => rm(base, { recursive: true, force: true }));

async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

const shared = [
  '.gitignore',
  '.storybook/main.ts',
  '.storybook/preview.ts',
  'README.md',
  'index.html',
  'package.json',
  'src/App.tsx',
  'src/HandshakeNotice.tsx',
  'src/TaskDetail.tsx',
  'src/TasksPage.stories.tsx',
  'src/TasksPage.test.tsx',
  'src/TasksPage.tsx',
  'src/app.css',
  'src/main.tsx',
  'src/tasks.ts',
  'src/test/setup.ts',
  'tsconfig.json',
  'vite.config.ts',
  'vitest.config.ts',
];

describe('createApp', () => {
  it('writes the with-server app: the base, the server and its tests, .env.example', async () => {
    const folder = join(base, 'my-app');
    await createApp({ folder, template: 'with-server', name: 'my-app', dingkitVersion: '1.2.3' });

    expect(await files(folder)).toEqual(
      [
        ...shared,
        '.env.example',
        'server/api.test.ts',
        'server/api.ts',
        'server/dingtalk.ts',
        'server/fakeDingTalk.ts',
        'server/index.ts',
        'src/CurrentUser.test.tsx',
        'src/CurrentUser.tsx',
        'src/dingtalk.ts',
      ].sort(),
    );
    // The template's own files win over the base's.
    expect(await readFile(join(folder, 'vite.config.ts'), 'utf8')).toContain('dingtalkApi()');
    expect(await readFile(join(folder, 'src/dingtalk.ts'), 'utf8')).toContain('createSignatureFetcher');
    // The handshake's module first, before React's modules evaluate.
    expect(await readFile(join(folder, 'src/main.tsx'), 'utf8')).toMatch(
      /^(\/\/.*\n)*import '\.\/dingtalk';/,
    );
  });

  it('writes the basic app: the base only', async () => {
    const folder = join(base, 'page-only');
    await createApp({ folder, template: 'basic', name: 'page-only', dingkitVersion: '1.2.3' });

    expect(await files(folder)).toEqual(shared);
    expect(await readFile(join(folder, 'src/App.tsx'), 'utf8')).not.toMatch(
      /<DingTalkProvider[^>]*getSignature/,
    );
  });

  it('merges the package.json of the base and the template, and depends on ^ the dingkit version', async () => {
    const folder = join(base, 'my-app');
    await createApp({ folder, template: 'with-server', name: 'my-app', dingkitVersion: '1.2.3' });
    const manifest = await readJson(join(folder, 'package.json'));

    expect(Object.keys(manifest).slice(0, 2)).toEqual(['name', 'private']);
    expect(manifest.name).toBe('my-app');
    expect(manifest.scripts).toMatchObject({
      start: 'vite',
      test: 'tsc && vitest run',
      'build-storybook': 'storybook build',
      build: expect.stringContaining('vite build --ssr server/index.ts'),
      serve: 'node dist-server/index.js',
    });
    expect(manifest.dependencies).toMatchObject({ '@dingkit/react': '^1.2.3', '@dingkit/server': '^1.2.3' });
    expect(manifest.devDependencies).toMatchObject({
      '@dingkit/mock': '^1.2.3',
      '@dingkit/storybook': '^1.2.3',
    });
    expect(Object.keys(manifest.dependencies)).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it('writes the README of the template, named after the app', async () => {
    const folder = join(base, 'approvals');
    await createApp({ folder, template: 'basic', name: 'approvals', dingkitVersion: '1.2.3' });
    const readme = await readFile(join(folder, 'README.md'), 'utf8');

    expect(readme).toMatch(/^# approvals\n/);
    expect(readme).toContain('## 签名');
    expect(readme).not.toContain('## 连接真实的钉钉');
    expect(readme).not.toMatch(/<!--|\{\{|\n\n\n/);
  });
});

describe('readmeFor', () => {
  const text = [
    '# {{name}}',
    '',
    'Both.',
    '<!-- a -->',
    '',
    'Only a.',
    '<!-- /a -->',
    '<!-- b -->',
    '',
    'Only b.',
    '<!-- /b -->',
    '',
    '| x | one<!-- a -->, two<!-- /a --> |',
    '',
  ].join('\n');

  it('keeps the parts of the template, without their marks, and drops the others', () => {
    expect(readmeFor(text, 'a' as 'basic', 'x')).toBe('# x\n\nBoth.\n\nOnly a.\n\n| x | one, two |\n');
    expect(readmeFor(text, 'b' as 'basic', 'x')).toBe('# x\n\nBoth.\n\nOnly b.\n\n| x | one |\n');
  });
});

describe('the templates', () => {
  it('each has its folder beside the base', async () => {
    expect((await readdir(templatesFolder)).sort()).toEqual(['base', ...templates].sort());
  });
});
