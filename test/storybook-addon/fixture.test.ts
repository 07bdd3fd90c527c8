import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exec } from '../consumer/prepareConsumer';
import { compileReadmeBlocks, storybookReadmes } from '../consumer/readmeBlocks';
import { type RunningServer, serveFolder } from '../consumer/serveFolder';
import { chromiumArgs, chromiumPath } from '../support/chromium';

// A team's Storybook project outside the workspace (test/storybook-fixture), with the packed
// packages installed from their tarballs: `addons: ['@dingkit/storybook']` is its whole setup.
const dir = inject('fixtureDir');
const bin = (name: string) => join(dir, 'node_modules', '.bin', name);

// The fixture's own tools run as a team runs them, not as children of this test run.
const env = Object.fromEntries(
  Object.entries({ ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' }).filter(
    ([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name),
  ),
);

/** Runs a command of the fixture and logs how long it took. */
async function run(label: string, command: string, args: string[]): Promise<string> {
  const started = performance.now();
  const out = await exec(command, args, dir, env);
  console.log(`storybook fixture: ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

const stories = [
  'approval-delete--confirm-in-the-dialog',
  'approval-delete--scripted-answer',
  'approval-delete--signature-rejected',
  'approval-delete--on-mobile',
];

describe('a Storybook project with the packed addon', () => {
  it('type-checks, with parameters.dingtalk typed, and so do the blocks of the addon’s README', async () => {
    const started = performance.now();
    const { compiled, errors, output } = await compileReadmeBlocks(
      dir,
      storybookReadmes,
      ['node'],
      ['src', '.storybook', 'vitest.config.ts'],
    );
    console.log(`storybook fixture: tsc in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(compiled).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    expect(output).not.toMatch(/error TS/);
  });

  it('runs every story as a test in Chromium, inside the addon’s mocked DingTalk', async () => {
    await run('vitest run (stories in Chromium)', bin('vitest'), [
      'run',
      '--reporter=json',
      '--outputFile=stories.json',
    ]);
    const report = JSON.parse(await readFile(join(dir, 'stories.json'), 'utf8')) as {
      numTotalTests: number;
      numPassedTests: number;
      testResults: { assertionResults: { title: string; status: string }[] }[];
    };
    const results = report.testResults.flatMap((file) => file.assertionResults);
    expect(results.map(({ title, status }) => `${title}: ${status}`).sort()).toEqual(
      [
        'Confirm In The Dialog: passed',
        'On Mobile: passed',
        'Scripted Answer: passed',
        'Signature Rejected: passed',
      ].sort(),
    );
  });

  it('builds with storybook build', async () => {
    await run('storybook build', bin('storybook'), ['build', '--quiet']);
    const index = JSON.parse(await readFile(join(dir, 'storybook-static', 'index.json'), 'utf8')) as {
      entries: Record<string, unknown>;
    };
    expect(Object.keys(index.entries).sort()).toEqual([...stories].sort());
  });
});

describe('the DingTalk panel in the built Storybook', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(join(dir, 'storybook-static'));
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a story (its play function runs) with the DingTalk panel selected. */
  async function open(storyId: string) {
    await page.goto(`${server.origin}/?path=/story/${storyId}`);
    await page.getByRole('tab', { name: 'DingTalk' }).click();
    return page.getByRole('table', { name: 'DingTalk calls' });
  }

  const cells = (row: ReturnType<Page['getByRole']>) => row.getByRole('cell').allTextContents();

  it('logs each call with its params, result and timing, and the handshake', async () => {
    const table = await open('approval-delete--scripted-answer');
    const confirm = table.getByRole('row').filter({ hasText: 'device.notification.confirm' });
    await confirm.waitFor();
    const [id, api, params, result, time] = await cells(confirm);
    expect([id, api]).toEqual(['2', 'device.notification.confirm']);
    expect(JSON.parse(params!)).toEqual({
      title: '删除审批',
      message: '删除后不可恢复，确定删除？',
      buttonLabels: ['删除', '取消'],
    });
    expect(JSON.parse(result!)).toEqual({ buttonIndex: 1 });
    expect(time).toMatch(/^\+\d+ ms, took \d+ ms$/);
    await expect.poll(() => page.getByRole('status', { name: 'Handshake' }).textContent()).toBe('ready · pc');
    expect(await cells(table.getByRole('row').filter({ hasText: 'config' }))).toEqual([
      '1',
      'config',
      expect.stringContaining('"signature"'),
      expect.any(String),
      expect.stringMatching(/^\+0 ms, took \d+ ms$/),
    ]);
  });

  it('copies the calls as a test for renderWithDingTalk', async () => {
    await page.getByRole('button', { name: 'Copy as test' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the test to the clipboard.' }).waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toContain("import { ScriptedAnswer } from './DeleteApproval.stories';");
    expect(snippet).toContain('renderWithDingTalk(<ScriptedAnswer />, {');
    expect(snippet).toContain('"device.notification.confirm": {\n        "buttonIndex": 1\n      },');
  });

  it('clears the log', async () => {
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByText('No DingTalk calls yet.').waitFor();
    expect(await page.getByRole('table', { name: 'DingTalk calls' }).getByRole('row').count()).toBe(1);
    expect(await page.getByText('0 calls').count()).toBe(1);
  });

  it('shows a failed handshake and its error code', async () => {
    const table = await open('approval-delete--signature-rejected');
    const config = table.getByRole('row').filter({ hasText: 'config' });
    await config.waitFor();
    expect((await cells(config))[3]).toBe('CONFIG_FAILED (52013)');
    await expect
      .poll(() => page.getByRole('status', { name: 'Handshake' }).textContent())
      .toMatch(/^error · pc · CONFIG_FAILED: /);
  });
});
