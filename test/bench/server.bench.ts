// The server's figures: signatures per second through the Node adapter as a ratio to a bare
// createHash server measured in the same run, and the DingTalk calls made while DingTalk fails.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDingTalkServer } from '@dingkit/server';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { afterAll, it } from 'vitest';
import { createFakeDingTalkApi } from '../../packages/server/src/test/createFakeDingTalkApi';
import { esbuildSources } from '../support/sourceEntries';
import { type BenchRow, median } from './rows';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rows: BenchRow[] = [];
const group = '@dingkit/server';
afterAll(() => {
  mkdirSync(`${root}test/bench/output`, { recursive: true });
  writeFileSync(`${root}test/bench/output/server.json`, JSON.stringify(rows, null, 2));
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Bundles a server script (with our packages from source) and starts it in its own process. */
async function startServer(script: string, dir: string): Promise<{ url: string; child: ChildProcess }> {
  const outfile = join(dir, `${script}.mjs`);
  await build({
    entryPoints: [join(root, 'test/bench/server', `${script}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [esbuildSources],
    logLevel: 'error',
  });
  const port = await freePort();
  const child = spawn(process.execPath, [outfile], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'pipe',
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

interface Throughput {
  /** Answers per second of wall time (depends on everything else the machine runs). */
  perSecond: number;
  /** Answers per second of the server process's own CPU time (user + system). */
  perCpuSecond: number;
}

const cpuSeconds = async (url: string) => {
  const usage = (await (await fetch(`${url}/cpu`)).json()) as { user: number; system: number };
  return (usage.user + usage.system) / 1e6;
};

/** What one server answers (2xx only) over 32 keep-alive connections for `seconds`. */
async function throughput(url: string, seconds: number): Promise<Throughput> {
  const page = encodeURIComponent('https://app.example.com/app/index.html?corpId=ding-corp#/todo');
  const cpuBefore = await cpuSeconds(url);
  const result = await autocannon({
    url: `${url}/api/dingtalk/signature?url=${page}`,
    connections: 32,
    duration: seconds,
  });
  const cpu = (await cpuSeconds(url)) - cpuBefore;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { perSecond: result.requests.average, perCpuSecond: result.requests.total / cpu };
}

it('measures signatures per second through the Node adapter against a bare createHash server', {
  timeout: 120_000,
}, async () => {
  // Inside node_modules, so that the bundles' externals resolve from the repository.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.cache/dingkit-bench-'));
  const bare = await startServer('bareSignatureServer', dir);
  const dingkit = await startServer('dingkitSignatureServer', dir);
  try {
    // Warm both up, then alternate so that both see the same machine load. The ratio is taken
    // per CPU second of each server process, which a busy machine disturbs far less than
    // requests per wall-clock second.
    await throughput(bare.url, 1);
    await throughput(dingkit.url, 1);
    const bareRuns: Throughput[] = [];
    const dingkitRuns: Throughput[] = [];
    for (let round = 0; round < 5; round += 1) {
      bareRuns.push(await throughput(bare.url, 2));
      dingkitRuns.push(await throughput(dingkit.url, 2));
    }
    const perCpu = (runs: Throughput[]) => median(runs.map((run) => run.perCpuSecond));
    const perWall = (runs: Throughput[]) => median(runs.map((run) => run.perSecond));
    rows.push({
      group,
      measure: 'signatures through toNodeHandler per CPU second, as a share of a bare createHash server',
      value: Math.round((perCpu(dingkitRuns) / perCpu(bareRuns)) * 100) / 100,
      unit: '×',
      note: `${Math.round(perCpu(dingkitRuns))} vs ${Math.round(perCpu(bareRuns))} per CPU second; ${Math.round(perWall(dingkitRuns))} vs ${Math.round(perWall(bareRuns))} per wall second; median of 5 × 2 s, 32 connections (goal ≥ 0.5)`,
    });
  } finally {
    bare.child.kill();
    dingkit.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

it('counts DingTalk calls under 20,000 signature requests in 10 s with DingTalk failing', {
  timeout: 60_000,
}, async () => {
  const api = await createFakeDingTalkApi();
  api.answerAlways('/gettoken', { body: { errcode: 40089, errmsg: '不合法的corpid或corpsecret' } });
  const dingtalk = createDingTalkServer({
    appKey: api.appKey,
    appSecret: api.appSecret,
    agentId: '1001',
    corpId: 'ding-corp',
    allowedOrigins: ['https://app.example.com'],
    baseUrl: api.url,
  });
  const statuses = new Map<number, number>();
  const started = Date.now();
  try {
    // 2,000 requests a second: a batch of 200 every 100 ms, through the handler.
    for (let batch = 0; batch < 100; batch += 1) {
      const due = started + batch * 100;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          dingtalk.handler(
            new Request(
              `https://app.example.com/api/dingtalk/signature?url=${encodeURIComponent(`https://app.example.com/p/${batch}/${index}`)}`,
            ),
          ),
        ),
      );
      for (const answer of answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
  } finally {
    await api.close();
  }
  const seconds = (Date.now() - started) / 1000;
  rows.push({
    group,
    measure: 'DingTalk calls under 20,000 signature requests with /gettoken failing',
    value: api.requests.length,
    unit: 'calls',
    note: `in ${seconds.toFixed(1)} s (goal ≤ 10 per 10 s); answers ${[...statuses].map(([status, count]) => `${count}× ${status}`).join(', ')}`,
  });
});
