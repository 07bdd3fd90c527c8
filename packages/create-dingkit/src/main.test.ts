import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CliContext, main } from './main';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'create-dingkit-main-'));
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

const version = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version;

/** Runs the command in `cwd` with captured output; `answers` are typed at its questions. */
async function run(args: string[], { answers, ...context }: CliContext & { answers?: string[] } = {}) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  if (answers) stdin.end(answers.map((line) => `${line}\n`).join(''));
  const install = vi.fn(async () => 0);
  const code = await main(args, {
    cwd,
    env: { LANG: 'en_US.UTF-8' },
    interactive: answers !== undefined,
    stdin,
    stdout,
    stderr,
    install,
    ...context,
  });
  return { code, out, err, install };
}

const manifestOf = async (folder: string) =>
  JSON.parse(await readFile(join(cwd, folder, 'package.json'), 'utf8'));

describe('create-dingkit', () => {
  it('creates the app without a question with --yes, and prints the next steps', async () => {
    const { code, out, install } = await run(['my-app', '--template', 'basic', '--yes', '--no-install']);

    expect(code).toBe(0);
    expect(install).not.toHaveBeenCalled();
    expect((await manifestOf('my-app')).dependencies['@dingkit/react']).toBe(`^${version}`);
    expect(out).toBe(
      [
        'Created a DingTalk micro-app in my-app (template basic).',
        '',
        'Next:',
        '  cd my-app',
        '  npm install',
        '  npm start               # the dev server on http://localhost:5173',
        '  npm test                # type-check and run the tests',
        '  npm run storybook       # browse the page in a mocked DingTalk (Storybook)',
        '',
      ].join('\n'),
    );
  });

  it('installs with the package manager that ran it, then leaves the install out of the steps', async () => {
    const { code, out, install } = await run(['app', '-y'], {
      env: { npm_config_user_agent: 'pnpm/9.12.0 npm/? node/v20.19.0 linux x64' },
    });

    expect(code).toBe(0);
    expect(install).toHaveBeenCalledWith('pnpm', ['install'], join(cwd, 'app'));
    expect(out).toContain('Installing the dependencies: pnpm install');
    expect(out).toContain('  cd app\n  pnpm start ');
    expect(out).toContain('  pnpm run storybook ');
    // with-server, the default template, runs without credentials and says so.
    expect(out).toContain('a fake DingTalk API');
    expect((await manifestOf('app')).dependencies).toHaveProperty('@dingkit/server');
  });

  it('exits 1 when the install fails, and says how to retry', async () => {
    const { code, err } = await run(['app', '-y'], { install: async () => 1 });

    expect(code).toBe(1);
    expect(err).toContain(
      'Installing the dependencies failed (see above). The project is there: run npm install in it',
    );
  });

  it('refuses a folder that is not empty, and writes nothing', async () => {
    await mkdir(join(cwd, 'taken'));
    await writeFile(join(cwd, 'taken', 'notes.md'), 'mine\n');

    const { code, err } = await run(['taken', '--yes', '--no-install']);

    expect(code).toBe(1);
    expect(err).toBe(
      'taken is not empty; nothing was written. Choose another folder name, or empty it first.\n',
    );
    expect(await readdir(join(cwd, 'taken'))).toEqual(['notes.md']);
  });

  it('creates the app in the current folder when it is empty', async () => {
    const { code, out } = await run(['.', '-y', '--no-install', '-t', 'basic']);

    expect(code).toBe(0);
    expect(out).toContain('Created a DingTalk micro-app in . (template basic).');
    expect(out).not.toContain('cd ');
    expect((await manifestOf('.')).name).toMatch(/^create-dingkit-main-/);
  });

  it('asks for the folder and the template in a terminal', async () => {
    const { code, out } = await run([], { answers: ['approvals', 'vue', '2'] });

    expect(code).toBe(0);
    expect(out).toContain('Project folder (dingtalk-app): ');
    expect(out).toContain('  1) with-server: ');
    expect(out).toContain('  2) basic: ');
    expect(out).toContain('Type the number or the name of a template in the list.');
    expect(out).toContain('Created a DingTalk micro-app in approvals (template basic).');
  });

  it('takes the defaults when Enter is pressed, and asks only what the command line left out', async () => {
    const { code, out } = await run(['--no-install'], { answers: ['', ''] });

    expect(code).toBe(0);
    expect(out).toContain('Created a DingTalk micro-app in dingtalk-app (template with-server).');
    const asked = await run(['given', '--no-install'], { answers: ['basic'] });
    expect(asked.out).not.toContain('Project folder');
    expect(asked.out).toContain('Created a DingTalk micro-app in given (template basic).');
  });

  it('creates nothing when the input ends before the answers', async () => {
    const { code, err } = await run([], { answers: [] });

    expect(code).toBe(1);
    expect(err).toBe('Cancelled; no project was created.\n');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('asks nothing without a terminal: the defaults', async () => {
    const { code } = await run(['--no-install']);

    expect(code).toBe(0);
    expect((await manifestOf('dingtalk-app')).dependencies).toHaveProperty('@dingkit/server');
  });

  it('says what is wrong with the command line, in Chinese in a Chinese locale', async () => {
    const { code, err } = await run(['app', '--template', 'vue'], { env: { LANG: 'zh_CN.UTF-8' } });

    expect(code).toBe(1);
    expect(err).toBe('没有名为「vue」的模板，可选：with-server、basic。\n');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('prints the usage and the version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain(
      'npm create dingkit@latest my-app -- --template with-server --yes --no-install',
    );
    expect((await run(['--version'])).out).toBe(`${version}\n`);
    expect(await readdir(cwd)).toEqual([]);
  });
});
