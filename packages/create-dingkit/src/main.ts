import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { askOptions, CancelledError } from './askOptions';
import { createApp } from './createApp';
import { detectPackageManager, installCommand, runCommand } from './detectPackageManager';
import { folderState } from './folderState';
import { detectLocale, messages } from './messages';
import { parseOptions, UsageError } from './parseOptions';
import { templates } from './templates';
import { toPackageName } from './toPackageName';

/** Where {@link main} reads and writes: the process's by default, streams of a test's otherwise. */
export interface CliContext {
  /** The folder the command runs in. @default process.cwd() */
  cwd?: string;
  /** The environment: locale, `npm_config_user_agent`. @default process.env */
  env?: Record<string, string | undefined>;
  /** Whether a person can answer questions (a terminal). @default process.stdin.isTTY */
  interactive?: boolean;
  /** @default process.stdin */
  stdin?: NodeJS.ReadableStream;
  /** @default process.stdout */
  stdout?: NodeJS.WritableStream;
  /** @default process.stderr */
  stderr?: NodeJS.WritableStream;
  /**
   * Runs the install command in the app's folder; resolves with its exit code.
   * @default spawns it with the terminal's input and output
   */
  install?: (command: string, args: readonly string[], cwd: string) => Promise<number>;
}

/** The folder an app goes to when none is given. */
export const defaultFolder = 'dingtalk-app';

/** The version of this package, which is the version of the dingkit packages. */
async function ownVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  return (manifest as { version: string }).version;
}

const spawnInstall = (command: string, args: readonly string[], cwd: string) =>
  new Promise<number>((done) => {
    // Windows starts npm, pnpm and yarn through their .cmd files.
    const child = spawn(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', () => done(1));
    child.on('exit', (code) => done(code ?? 1));
  });

/**
 * `create-dingkit [folder] [--template with-server|basic] [--yes] [--no-install]`: writes the app,
 * installs its dependencies with the package manager that ran it, and prints the next steps.
 * Resolves with the exit code.
 */
export async function main(args: readonly string[], context: CliContext = {}): Promise<number> {
  const {
    cwd = process.cwd(),
    env = process.env,
    interactive = process.stdin.isTTY === true,
    stdin = process.stdin,
    stdout = process.stdout,
    stderr = process.stderr,
    install = spawnInstall,
  } = context;
  const text = messages[detectLocale(env)];
  const print = (line = '') => stdout.write(`${line}\n`);
  const fail = (line: string) => {
    stderr.write(`${line}\n`);
    return 1;
  };

  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(args, text);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  const version = await ownVersion();
  if (options.help || options.version) {
    print(options.help ? text.help(version) : version);
    return 0;
  }

  let { folder = defaultFolder, template = templates[0] } = options;
  if (interactive && !options.yes && (options.folder === undefined || options.template === undefined)) {
    try {
      ({ folder, template } = await askOptions(
        options,
        defaultFolder,
        { input: stdin, output: stdout },
        text,
      ));
    } catch (error) {
      if (error instanceof CancelledError) return fail(error.message);
      throw error;
    }
  }

  const target = resolve(cwd, folder);
  const shown = relative(cwd, target) || '.';
  const state = await folderState(target);
  if (state === 'not-empty') return fail(text.notEmpty(shown));
  if (state === 'file') return fail(text.notAFolder(shown));

  await createApp({
    folder: target,
    template,
    name: toPackageName(basename(target)),
    dingkitVersion: version,
  });
  print(text.created(shown, template));

  const manager = detectPackageManager(env.npm_config_user_agent);
  const [command, ...installArgs] = installCommand(manager);
  const installLine = [command, ...installArgs].join(' ');
  let installed = false;
  if (options.install) {
    print(text.installing(installLine));
    installed = (await install(command, installArgs, target)) === 0;
    if (!installed) stderr.write(`${text.installFailed(installLine)}\n`);
  }

  const steps = [
    ...(shown === '.' ? [] : [`cd ${shown.includes(' ') ? JSON.stringify(shown) : shown}`]),
    ...(installed ? [] : [installLine]),
    `${runCommand(manager, 'start').padEnd(24)}# ${text.stepStart}`,
    `${runCommand(manager, 'test').padEnd(24)}# ${text.stepTest}`,
    `${runCommand(manager, 'storybook').padEnd(24)}# ${text.stepStorybook}`,
  ];
  print();
  print(text.nextSteps);
  for (const step of steps) print(`  ${step}`);
  if (template === 'with-server') {
    print();
    print(text.fakeMode);
  }
  return options.install && !installed ? 1 : 0;
}
