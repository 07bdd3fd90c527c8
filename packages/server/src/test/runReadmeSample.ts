import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildSources } from '../../../../test/support/sourceEntries';
import { freePort } from './startRedisServer';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** The first ```ts block after the README heading that contains `heading`, exactly as printed. */
export async function readmeSample(heading: string): Promise<string> {
  const readme = await readFile(join(packageDir, 'README.md'), 'utf8');
  const at = readme.split('\n').findIndex((line) => line.startsWith('#') && line.includes(heading));
  if (at === -1) throw new Error(`No README heading with "${heading}"`);
  const after = readme.split('\n').slice(at).join('\n');
  const block = /```ts\n([\s\S]*?)```/.exec(after);
  if (!block) throw new Error(`No ts block after "${heading}"`);
  return block[1]!;
}

export interface RunningSample {
  url: string;
  child: ChildProcess;
  /** What the process printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Runs a README sample as its own Node process, as an app would run it: bundled with the
 * package's sources, `PORT` set to a free port, and `https://oapi.dingtalk.com` routed to
 * `dingtalkUrl` (a fake DingTalk API) by a preloaded `fetch` wrapper. Resolves once it answers HTTP.
 */
export async function runReadmeSample(
  code: string,
  dingtalkUrl: string,
  env: Record<string, string> = {},
): Promise<RunningSample> {
  // Inside node_modules, so that the bundle's externals resolve from the repository.
  await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = await mkdtemp(join(root, 'node_modules/.cache/dingkit-readme-'));
  const file = join(dir, 'sample.mjs');
  const preload = join(dir, 'preload.mjs');
  await build({
    stdin: { contents: code, resolveDir: packageDir, loader: 'ts', sourcefile: 'README sample' },
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [esbuildSources],
    // Our packages from their sources; the others as installed, as an app would load them.
    external: ['express', 'express-rate-limit', 'hono', 'redis'],
    logLevel: 'error',
  });
  await writeFile(
    preload,
    `const real = globalThis.fetch;
globalThis.fetch = (input, init) =>
  real(String(input instanceof Request ? input.url : input).replace('https://oapi.dingtalk.com', ${JSON.stringify(dingtalkUrl)}), init);
`,
  );
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', preload, file], {
    env: {
      ...process.env,
      PORT: String(port),
      DINGTALK_APP_KEY: 'fake-app-key',
      DINGTALK_APP_SECRET: 'fake-app-secret-5f2c9a',
      DINGTALK_AGENT_ID: '253441237',
      DINGTALK_CORP_ID: 'dingcorp1234',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const giveUpAt = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The README sample exited with ${child.exitCode}:\n${output}`);
    }
    try {
      await fetch(`${url}/api/dingtalk/nothing-here`);
      return { url, child, output: () => output, stop };
    } catch {
      if (Date.now() > giveUpAt) {
        await stop();
        throw new Error(`The README sample did not listen on ${port}:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
