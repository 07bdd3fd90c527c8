import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sign } from '@dingkit/core';
import { build } from 'esbuild';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { esbuildSources } from '../../../test/support/sourceEntries';
import type { DingTalkServer, SignatureConfig } from './createDingTalkServer';
import { createRedisStore } from './createRedisStore';
import { createFakeDingTalkApi, type FakeDingTalkApi } from './test/createFakeDingTalkApi';
import { createTestServer } from './test/createTestServer';
import { describeStoreContract } from './test/describeStoreContract';
import { readmeSample, runReadmeSample } from './test/runReadmeSample';
import { hasRedisServer, type RedisServer, redisServerPath, startRedisServer } from './test/startRedisServer';
import { toNodeHandler } from './toNodeHandler';

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

  const serverOn = (store = createRedisStore(client)) => createTestServer(api, { store });

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

describe.skipIf(!available)(`${title}: redis-server frozen, killed and restarted`, () => {
  const storeTimeoutMs = 200;
  /** Generous: a request may wait for a few store calls, each cut at storeTimeoutMs. */
  const boundMs = 3000;
  let redis: RedisServer;
  let api: FakeDingTalkApi;
  let clock: number;
  let listener: Server;
  let base: string;
  const clients: { isOpen: boolean; destroy(): void }[] = [];

  beforeEach(async () => {
    redis = await startRedisServer();
    api = await createFakeDingTalkApi();
    clock = Date.UTC(2026, 0, 5, 9, 30);
  });

  afterEach(async () => {
    // Whatever the test did to it, redis-server is let go on and stopped.
    await redis.stop();
    for (const client of clients.splice(0)) if (client.isOpen) client.destroy();
    if (listener) await new Promise<void>((resolve) => listener.close(() => resolve()));
    await api.close();
  });

  async function connect(options: { disableOfflineQueue?: boolean } = {}) {
    const client = createClient({ url: redis.url, ...options, socket: { reconnectStrategy: () => 50 } });
    client.on('error', () => undefined);
    await client.connect();
    clients.push(client);
    return client;
  }

  function dingtalkOn(client: Awaited<ReturnType<typeof connect>>): DingTalkServer {
    return createTestServer(api, { store: createRedisStore(client), storeTimeoutMs, now: () => clock });
  }

  async function serve(dingtalk: DingTalkServer) {
    listener = createServer(toNodeHandler(dingtalk.handler));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  }

  /** One signature request: its status and error code, and how long the answer took. */
  async function sign(page = 'https://app.example.com/') {
    const started = performance.now();
    const response = await fetch(`${base}/signature?url=${encodeURIComponent(page)}`, {
      // The test must not hang if the server does; an aborted request fails the assertions below.
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { error?: string };
    return { status: response.status, error: body.error, ms: performance.now() - started };
  }

  it('SIGSTOP mid-load: every request answers within the bound, and signing resumes after SIGCONT', async () => {
    await serve(dingtalkOn(await connect()));
    expect((await sign()).status).toBe(200);
    try {
      const load = Array.from({ length: 200 }, (_, index) => sign(`https://app.example.com/page/${index}`));
      redis.pause();
      // The copy in this process expires: the next requests need the frozen store.
      clock += 7200_000;
      const frozen = Array.from({ length: 200 }, (_, index) =>
        sign(`https://app.example.com/frozen/${index}`),
      );
      const answers = await Promise.all([...load, ...frozen]);
      for (const answer of answers) {
        expect([200, 500]).toContain(answer.status);
        expect(answer.ms).toBeLessThan(boundMs);
      }
      const failed = answers.filter((answer) => answer.status === 500);
      expect(failed.length).toBeGreaterThanOrEqual(200);
      for (const answer of failed) expect(answer.error).toBe('STORE_ERROR');
    } finally {
      redis.resume();
    }
    await expect.poll(async () => (await sign()).status, { timeout: 5000 }).toBe(200);
  }, 30_000);

  it('SIGKILL: every request answers within the bound, with or without an offline queue; a restart recovers', async () => {
    const withQueue = dingtalkOn(await connect());
    const withoutQueue = dingtalkOn(await connect({ disableOfflineQueue: true }));
    await withQueue.signUrl('https://app.example.com/');
    await serve(withoutQueue);
    expect((await sign()).status).toBe(200);

    await redis.kill();
    clock += 7200_000;
    const answers = await Promise.all(Array.from({ length: 5 }, () => sign()));
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 500, error: 'STORE_ERROR' });
      expect(answer.ms).toBeLessThan(boundMs);
    }
    const started = performance.now();
    const queued = await Promise.all(
      Array.from({ length: 5 }, () =>
        withQueue.signUrl('https://app.example.com/').catch((error: unknown) => error),
      ),
    );
    for (const error of queued) expect(error).toMatchObject({ code: 'STORE_ERROR' });
    expect(performance.now() - started).toBeLessThan(boundMs);

    await redis.restart();
    await expect.poll(async () => (await sign()).status, { timeout: 10_000, interval: 100 }).toBe(200);
    await expect(withQueue.signUrl('https://app.example.com/')).resolves.toMatchObject({
      corpId: 'dingcorp1234',
    });
  }, 30_000);

  it('keeps the README’s Redis wiring running through a Redis restart', async () => {
    const sample = await runReadmeSample(await readmeSample('share one token and one ticket'), api.url, {
      REDIS_URL: redis.url,
    });
    try {
      const signature = async () =>
        (
          await fetch(
            `${sample.url}/api/dingtalk/signature?url=${encodeURIComponent('https://app.example.com/')}`,
          )
        ).status;
      expect(await signature()).toBe(200);
      const admin = await connect();
      const clientsBefore = String(await admin.sendCommand(['CLIENT', 'LIST']))
        .trim()
        .split('\n').length;
      expect(clientsBefore).toBe(2);
      // Only the sample's client is to reconnect: the count below is the sample's and ours.
      admin.destroy();

      await redis.kill();
      // Still up, and still signing from its own copy of the ticket.
      expect(await signature()).toBe(200);
      await redis.restart();
      const reconnected = await connect();
      await expect
        .poll(
          async () =>
            String(await reconnected.sendCommand(['CLIENT', 'LIST']))
              .trim()
              .split('\n').length,
          { timeout: 20_000, interval: 100 },
        )
        .toBe(2);
      expect(sample.child.exitCode).toBeNull();
      expect(await signature()).toBe(200);
      expect(sample.output()).toContain('redis:');
    } finally {
      await sample.stop();
    }
  }, 60_000);
});
