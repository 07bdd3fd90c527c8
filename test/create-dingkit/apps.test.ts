import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { sign } from '../../packages/core/src/sign';
import { fakeJsapiTicket } from '../../packages/create-dingkit/templates/with-server/server/fakeDingTalk';
import { exec, root } from '../consumer/prepareConsumer';
import { appEnv, timed } from './scaffoldApp';
import { freePort, type RunningProcess, startProcess } from './startProcess';

// Apps made by the packed create-dingkit (test/create-dingkit/globalSetup.ts), outside the
// workspace, installed from the packed packages: what a team gets from `npm create dingkit`.
const base = inject('createBase');
const output = inject('createOutput');
const appDir = (template: string) => join(base, template);
const bin = (template: string, name: string) => join(appDir(template), 'node_modules', '.bin', name);

/** What `npm test` of an app reported: Vitest's summary line. */
const testSummary = (out: string) => /Tests\s+(\d+) passed \((\d+)\)/.exec(stripVTControlCharacters(out));

/** Checks the signature route of an API at `origin` as the page and an attacker would call it. */
async function expectSignatureRoute(origin: string) {
  const ask = (url: string) => fetch(`${origin}/api/dingtalk/signature?url=${encodeURIComponent(url)}`);

  const refused = await ask('http://evil.example/');
  expect(refused.status).toBe(403);
  expect(await refused.json()).toMatchObject({ error: 'ORIGIN_NOT_ALLOWED' });

  // The page of `npm start` (the default DINGTALK_ALLOWED_ORIGINS), signed by the fake DingTalk.
  const page = 'http://localhost:5173/?from=dingtalk';
  const signed = await ask(page);
  expect(signed.status).toBe(200);
  const config = (await signed.json()) as Record<string, string | number>;
  expect(config).toMatchObject({ agentId: expect.any(String), corpId: expect.any(String) });
  const expected = await sign({
    jsapi_ticket: fakeJsapiTicket,
    noncestr: String(config.nonceStr),
    timestamp: String(config.timeStamp),
    url: page,
  });
  expect(config.signature).toBe(expected);
}

describe('the packed create-dingkit', () => {
  it('passes publint, and depends on nothing', async () => {
    const out = await exec(
      join(root, 'node_modules', '.bin', 'publint'),
      ['--strict', 'packages/create-dingkit'],
      root,
    );
    expect(out).toMatch(/All good!/);
    const manifest = JSON.parse(await readFile(join(root, 'packages/create-dingkit/package.json'), 'utf8'));
    expect(manifest.dependencies).toBeUndefined();
  });
});

describe('npm create dingkit@latest … -- --template with-server --yes --no-install', () => {
  const template = 'with-server';
  const dir = appDir(template);

  it('writes the app without asking and prints the next steps', async () => {
    expect(output[template]).toContain(`Created a DingTalk micro-app in ${template} (template with-server).`);
    expect(output[template]).toMatch(/npm install\n\s+npm start\s+#/);
    const readme = await readFile(join(dir, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# with-server\n/);
    expect(readme).not.toMatch(/<!--|\{\{/);
  });

  it('passes its own npm test: tsc, then its tests in jsdom and Node', async () => {
    const out = await timed('npm test (with-server)', 'npm', ['test'], dir);
    const [, passed, total] = testSummary(out) ?? [];
    expect(Number(passed)).toBeGreaterThanOrEqual(11);
    expect(passed).toBe(total);
  });

  it('builds its Storybook, with the page’s stories', async () => {
    await timed('npm run build-storybook', 'npm', ['run', 'build-storybook', '--', '--quiet'], dir);
    const index = JSON.parse(await readFile(join(dir, 'storybook-static', 'index.json'), 'utf8')) as {
      entries: Record<string, unknown>;
    };
    expect(Object.keys(index.entries)).toEqual(
      expect.arrayContaining(['taskspage--in-the-conversation-pane', 'taskspage--completed']),
    );
  });

  it('its dev server (npm start) answers the signature route: 403 for an unlisted origin', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    let server: RunningProcess | undefined;
    try {
      server = await startProcess(bin(template, 'vite'), ['--port', String(port), '--host', '127.0.0.1'], {
        cwd: dir,
        env: appEnv,
        url: origin,
      });
      await expectSignatureRoute(origin);
      const page = await (await fetch(origin)).text();
      expect(page).toContain('<div id="root"></div>');
      // The server says it uses the fake DingTalk, once it is asked.
      expect(server.output()).toContain('DINGTALK_APP_KEY');
    } finally {
      await server?.stop();
    }
  });

  it('builds for production (npm run build), and its API server answers the same', async () => {
    await timed('npm run build', 'npm', ['run', 'build'], dir);
    await expect(readFile(join(dir, 'dist', 'index.html'), 'utf8')).resolves.toContain('<div id="root">');
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    let server: RunningProcess | undefined;
    try {
      server = await startProcess(process.execPath, ['dist-server/index.js'], {
        cwd: dir,
        env: { ...appEnv, PORT: String(port) },
        url: origin,
      });
      await expectSignatureRoute(origin);
      expect((await fetch(`${origin}/elsewhere`)).status).toBe(404);
    } finally {
      await server?.stop();
    }
  });
});

describe('npm create dingkit@latest … -- --template basic --yes --no-install', () => {
  const template = 'basic';
  const dir = appDir(template);

  it('writes the page without a server', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    expect(manifest.dependencies).not.toHaveProperty('@dingkit/server');
    expect(manifest.scripts).not.toHaveProperty('serve');
    await expect(readFile(join(dir, 'server', 'api.ts'))).rejects.toThrow(/ENOENT/);
    expect(output[template]).not.toContain('fake DingTalk');
  });

  it('passes its own npm test', async () => {
    const out = await timed('npm test (basic)', 'npm', ['test'], dir);
    const [, passed, total] = testSummary(out) ?? [];
    expect(Number(passed)).toBeGreaterThanOrEqual(4);
    expect(passed).toBe(total);
  });
});
