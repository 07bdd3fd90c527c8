import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sign } from '@dingkit/core';
import { build } from 'esbuild';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { esbuildSources } from '../../../test/support/sourceEntries';
import { createDingTalkServer, type SignatureConfig } from './createDingTalkServer';
import { createRedisStore } from './createRedisStore';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';
import { describeStoreContract } from './test/describeStoreContract';
import { hasRedisServer, type RedisServer, redisServerPath, startRedisServer } from './test/startRedisServer';

const onCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const available = hasRedisServer();
if (!available && onCi) {
  throw new Error(
    `redis-server not found at ${redisServerPath}; the Redis store tests cannot be skipped under CI.`,
  );
}
if (!available) {
  console.warn(
    `dingkit: skipping the Redis store tests: redis-server not found at ${redisServerPath} (install Debian's redis-server or set REDIS_SERVER_PATH).`,
  );
}
const title = available
  ? 'createRedisStore against a real redis-server'
  : `createRedisStore (SKIPPED: redis-server not found at ${redisServerPath}; install Debian's redis-server or set REDIS_SERVER_PATH)`;

type Client = Awaited<ReturnType<ReturnType<typeof createClient>['connect']>>;

describe.skipIf(!available)(title, () => {
  let redis: RedisServer;
  let client: Client;
  let api: FakeDingTalkApi;
  let workerDir: string;
  let workerFile: string;

  beforeAll(async () => {
    redis = await startRedisServer();
    client = await createClient({ url: redis.url }).connect();
    // The worker runs as plain Node, so it is bundled (with the package's sources) first.
    workerDir = await mkdtemp(join(tmpdir(), 'dingkit-server-worker-'));
    workerFile = join(workerDir, 'signWorker.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./test/signWorker.ts', import.meta.url))],
      outfile: workerFile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      plugins: [esbuildSources],
      logLevel: 'error',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
  }, 30_000);

  afterAll(async () => {
    await client?.quit();
    await redis?.stop();
    if (workerDir) await rm(workerDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await client.sendCommand(['FLUSHALL']);
    api = await createFakeDingTalkApi();
    // Slow enough that every process is waiting while the first one fetches.
    api.setDelay('/gettoken', 150);
    api.setDelay('/get_jsapi_ticket', 150);
  });

  afterEach(() => api.close());

  describeStoreContract('createRedisStore', () => ({
    store: createRedisStore(client),
    elapse: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }));

  const serverOn = (store = createRedisStore(client)) =>
    createDingTalkServer({
      appKey: api.appKey,
      appSecret: api.appSecret,
      agentId: '253441237',
      corpId: 'dingcorp1234',
      allowedOrigins: ['https://app.example.com'],
      baseUrl: api.url,
      store,
    });

  const expectSignedWithLastTicket = async (result: SignatureConfig, url: string) => {
    expect(result.signature).toBe(
      await sign({
        jsapi_ticket: api.lastTicket()!,
        noncestr: result.nonceStr,
        timestamp: result.timeStamp,
        url,
      }),
    );
  };

  it('stores the token and ticket under the app’s keys, with a TTL, and releases the locks', async () => {
    await serverOn().signUrl('https://app.example.com/');
    const keys = ((await client.sendCommand(['KEYS', '*'])) as string[]).sort();
    expect(keys).toEqual([`dingkit:${api.appKey}:access_token`, `dingkit:${api.appKey}:jsapi_ticket`]);
    const ttl = Number(await client.sendCommand(['PTTL', `dingkit:${api.appKey}:jsapi_ticket`]));
    expect(ttl).toBeGreaterThan(6_800_000);
    expect(ttl).toBeLessThanOrEqual(6_900_000);
  });

  it('lets two servers in one process share one token and one ticket', async () => {
    const other = await client.duplicate().connect();
    const first = serverOn();
    const second = serverOn(createRedisStore(other));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        (index % 2 ? first : second).signUrl('https://app.example.com/x'),
      ),
    ).finally(() => other.quit());
    expect(api.count('/gettoken')).toBe(1);
    expect(api.count('/get_jsapi_ticket')).toBe(1);
    for (const result of results) await expectSignedWithLastTicket(result, 'https://app.example.com/x');
  });

  interface WorkerOutput {
    pid: number;
    results: SignatureConfig[];
  }

  /** Starts `count` server processes, lets them sign at the same moment, and collects what they signed. */
  async function runWorkers(count: number): Promise<WorkerOutput[]> {
    const workers: { child: ChildProcess; ready: Promise<void>; output: Promise<WorkerOutput> }[] = [];
    for (let index = 0; index < count; index += 1) {
      const child = spawn(process.execPath, [workerFile], {
        env: {
          ...process.env,
          REDIS_URL: redis.url,
          DINGTALK_BASE_URL: api.url,
          APP_KEY: api.appKey,
          APP_SECRET: api.appSecret,
          SIGN_COUNT: '25',
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const lines = createInterface({ input: child.stdout! });
      let markReady: () => void = () => undefined;
      const ready = new Promise<void>((resolve) => {
        markReady = resolve;
      });
      const output = new Promise<WorkerOutput>((resolve, reject) => {
        lines.on('line', (line) => {
          if (line === 'ready') markReady();
          else resolve(JSON.parse(line) as WorkerOutput);
        });
        child.once('exit', (code) => {
          if (code !== 0) reject(new Error(`worker exited with ${code}: ${stderr}`));
        });
      });
      workers.push({ child, ready, output });
    }
    await Promise.all(workers.map((worker) => worker.ready));
    for (const worker of workers) worker.child.stdin?.write('go\n');
    const outputs = await Promise.all(workers.map((worker) => worker.output));
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.child.exitCode !== null) resolve();
            else worker.child.once('exit', () => resolve());
          }),
      ),
    );
    return outputs;
  }

  it('makes four server processes signing at once share one token request and one ticket request', async () => {
    const outputs = await runWorkers(4);

    expect(new Set(outputs.map((output) => output.pid)).size).toBe(4);
    expect(api.count('/gettoken')).toBe(1);
    expect(api.count('/get_jsapi_ticket')).toBe(1);
    for (const { pid, results } of outputs) {
      expect(results).toHaveLength(25);
      for (const [index, result] of results.entries()) {
        await expectSignedWithLastTicket(result, `https://app.example.com/page/${pid}/${index}`);
      }
    }

    // A process started afterwards (a restart, a cold start) reuses the cached ticket.
    const ticket = api.lastTicket();
    const [restarted] = await runWorkers(1);
    expect(api.count('/gettoken')).toBe(1);
    expect(api.count('/get_jsapi_ticket')).toBe(1);
    expect(api.lastTicket()).toBe(ticket);
    const first = restarted!.results[0]!;
    await expectSignedWithLastTicket(first, `https://app.example.com/page/${restarted!.pid}/0`);
  }, 60_000);
});
