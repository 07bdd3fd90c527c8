import type { Browser, BrowserContextOptions, CDPSession } from 'playwright';
import type { BenchServer } from './server';
import { type BenchPlatform, clientVersion, type HostLog, type Profile, type Variant } from './setup';

/** One request of the app's page, on the page's clock (ms from its navigation start). */
export interface RequestTiming {
  /** Path and query on the app's server. */
  path: string;
  /** DevTools' resource type: Document, Script, Fetch… */
  type: string;
  mime: string;
  start: number;
  /** When the response headers arrived. */
  firstByte: number | undefined;
  end: number | undefined;
  /** Bytes on the wire (headers and gzip'd body). */
  bytes: number;
}

/** What one page load measured; times in ms from the app page's navigation start. */
export interface RunResult {
  /** The round of interleaved loads the run belongs to (-1: the unrecorded warm-up). */
  round: number;
  variant: Variant['id'];
  profile: Profile['name'];
  platform: BenchPlatform;
  firstPaint: number;
  /**
   * When the app's entry script (Vite's `assets/index-*.js`) had arrived: from there to the first
   * paint the page waits on its main thread, not on the network.
   */
  entryArrived: number;
  /** How long A′'s `prepareDingTalk()` call ran, from its marks; other apps have none. */
  prepare: number | undefined;
  /** The app saw the handshake succeed (A: `onReady`; B, B2, R: `dd.ready`). */
  ready: number;
  /** The confirm's promise resolved in the app. */
  answer: number;
  /** The client received `config` (`runtime.permission.requestJsApis` on mobile). */
  configSent: number;
  /** JavaScript bytes on the wire: all of them, and those that had arrived when `config` was sent. */
  jsBytes: number;
  jsBytesBeforeConfig: number;
  requests: number;
  waterfall: RequestTiming[];
  /** Every request the client received, with when it was answered. */
  client: { method: string; received: number; answered: number | undefined }[];
}

export interface RunPlan {
  /** The round of interleaved loads (-1: the unrecorded warm-up). */
  round: number;
  variant: Variant;
  profile: Profile;
  platform: BenchPlatform;
  /** Where to write a Chrome trace of the load (the main thread's tasks), for DevTools' Performance panel. */
  tracePath?: string | undefined;
}

/** Chromium flags for the emulated PC client (see test/support/chromium.ts for the rest). */
export const hostArgs = (hostName: string): string[] => [
  // The host must be a top page at an *.dingtalk.com origin: dingtalk-jsapi only posts there.
  `--host-resolver-rules=MAP ${hostName} 127.0.0.1`,
  // A public-looking origin framing 127.0.0.1 is otherwise blocked.
  '--disable-features=LocalNetworkAccessChecks',
  // Keeps the cross-origin frame in the page's process, so the page's throttling reaches it.
  '--disable-site-isolation-trials',
];

const pcUserAgent = (version: string) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 DingTalk(${version}) nw`;

const contextOptions = (platform: BenchPlatform, version: string): BrowserContextOptions =>
  platform === 'pc'
    ? { userAgent: pcUserAgent(version), viewport: { width: 1280, height: 800 } }
    : { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

interface RawRequest {
  url: string;
  type: string;
  mime: string;
  start: number;
  /** Seconds on the browser's monotonic clock (DevTools timestamps), as `start` and `end`. */
  firstByte?: number;
  end?: number;
  bytes: number;
  /** When the request was sent, to put the document's request on the page's clock. */
  sent?: number;
}

function recordNetwork(cdp: CDPSession): Map<string, RawRequest> {
  const requests = new Map<string, RawRequest>();
  cdp.on('Network.requestWillBeSent', (event) => {
    requests.set(event.requestId, {
      url: event.request.url,
      type: event.type ?? 'Other',
      mime: '',
      start: event.timestamp,
      bytes: 0,
    });
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (!request) return;
    request.mime = event.response.mimeType;
    const timing = event.response.timing;
    if (!timing) return;
    // The event itself can arrive after the body: the response's own timing says when.
    request.firstByte = timing.requestTime + timing.receiveHeadersEnd / 1000;
    request.sent = timing.requestTime + timing.sendStart / 1000;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (!request) return;
    request.end = event.timestamp;
    request.bytes = event.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.end = event.timestamp;
  });
  return requests;
}

/** What the app page knows about itself, read once the run is over. */
interface PageTimings {
  timeOrigin: number;
  requestStart: number;
  paint: Record<string, number>;
  marks: Record<string, number>;
  host: HostLog | undefined;
}

const readPage = (): PageTimings => {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const entries = (type: string) =>
    Object.fromEntries(performance.getEntriesByType(type).map((entry) => [entry.name, entry.startTime]));
  return {
    timeOrigin: performance.timeOrigin,
    requestStart: navigation.requestStart,
    paint: entries('paint'),
    marks: entries('mark'),
    host: window.__ttaHost,
  };
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads one app once in a fresh context (nothing cached), throttled as the profile says, and
 * reads when it painted, was ready and got its answer, and what crossed the network.
 */
export async function measureRun(
  browser: Browser,
  server: BenchServer,
  { round, variant, profile, platform, tracePath }: RunPlan,
  timeoutMs = 60_000,
): Promise<RunResult> {
  const name = `${variant.id} on ${platform}, ${profile.name}`;
  const context = await browser.newContext(contextOptions(platform, clientVersion));
  try {
    const page = await context.newPage();
    if (tracePath) {
      await browser.startTracing(page, {
        path: tracePath,
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'loading',
          'disabled-by-default-v8.cpu_profiler',
        ],
      });
    }
    const cdp = await context.newCDPSession(page);
    const network = recordNetwork(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const throughput = (profile.mbps * 1_000_000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: throughput,
      uploadThroughput: throughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });

    // The apps log when they have their answer (or failed): reading the console costs the page
    // nothing, where polling it would run code in it during the load.
    const done = new Promise<void>((resolve, reject) => {
      page.on('console', (message) => {
        const text = message.text();
        if (text === 'tta:answered') resolve();
        else if (text.startsWith('tta:failed')) reject(new Error(`${name}: ${text}`));
      });
      page.on('pageerror', (error) => reject(new Error(`${name}: ${error.message}`)));
    });
    const appUrl = `${server.appOrigin}/${variant.id}/`;
    const url =
      platform === 'pc'
        ? `${server.hostOrigin}/?app=${encodeURIComponent(appUrl)}`
        : `${appUrl}?platform=${platform}`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name}: no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([Promise.all([page.goto(url, { waitUntil: 'commit' }), done]), timeout]);
    } finally {
      clearTimeout(timer);
    }

    const ofApp = [...network.values()].filter((request) => request.url.startsWith(server.appOrigin));
    for (let i = 0; i < 100 && ofApp.some((request) => request.end === undefined); i++) await pause(20);
    const frame = page.frames().find((candidate) => candidate.url().startsWith(appUrl));
    if (!frame) throw new Error(`${name}: the app's frame is gone`);
    const timings = await frame.evaluate(readPage);
    if (tracePath) await browser.stopTracing();
    const host = platform === 'pc' ? await page.evaluate(() => window.__ttaHost) : timings.host;
    return summarize(name, { round, variant, profile, platform }, ofApp, timings, host);
  } finally {
    await context.close();
  }
}

const handshakes = new Set(['config', 'runtime.permission.requestJsApis']);

function summarize(
  name: string,
  { round, variant, profile, platform }: RunPlan,
  requests: RawRequest[],
  page: PageTimings,
  host: HostLog | undefined,
): RunResult {
  const known = <T>(what: string, value: T | undefined): T => {
    if (value === undefined) throw new Error(`${name}: no ${what} was recorded`);
    return value;
  };
  // The document's request was sent at `requestStart` on the page's clock: that pins the
  // browser's monotonic clock (DevTools) to the page's.
  const document = requests.find((request) => request.type === 'Document');
  const zero = known('document request', document?.sent) * 1000 - page.requestStart;
  const onPage = (seconds: number) => seconds * 1000 - zero;
  // The client's window has a clock of its own (PC); both start at their timeOrigin.
  const log = known('client log', host);
  const fromClient = (ms: number) => log.timeOrigin + ms - page.timeOrigin;
  const client = log.requests.map((request) => ({
    method: request.method,
    received: fromClient(request.received),
    answered: request.answered === undefined ? undefined : fromClient(request.answered),
  }));
  // The apps are what the bench says they are: one handshake, one confirm.
  const count = (test: (method: string) => boolean) =>
    client.filter((request) => test(request.method)).length;
  if (count((method) => handshakes.has(method)) !== 1 || count((method) => !handshakes.has(method)) !== 1) {
    throw new Error(`${name}: expected one config and one confirm, the client got ${JSON.stringify(client)}`);
  }
  const configSent = client.find((request) => handshakes.has(request.method))!.received;

  const waterfall = requests
    .map((request) => ({
      path: request.url.slice(request.url.indexOf('/', 'http://'.length)),
      type: request.type,
      mime: request.mime,
      start: onPage(request.start),
      firstByte: request.firstByte === undefined ? undefined : onPage(request.firstByte),
      end: request.end === undefined ? undefined : onPage(request.end),
      bytes: request.bytes,
    }))
    .sort((a, b) => a.start - b.start);
  const scripts = waterfall.filter((request) => request.mime.includes('javascript'));
  const entry = scripts.find((request) => /\/assets\/index-[^/]*\.js$/.test(request.path));
  const sum = (of: RequestTiming[]) => of.reduce((total, request) => total + request.bytes, 0);
  return {
    round,
    variant: variant.id,
    profile: profile.name,
    platform,
    firstPaint: known('first paint', page.paint['first-contentful-paint'] ?? page.paint['first-paint']),
    entryArrived: known('entry script', entry?.end),
    prepare:
      page.marks['tta:prepare-end'] === undefined || page.marks['tta:prepare-start'] === undefined
        ? undefined
        : page.marks['tta:prepare-end'] - page.marks['tta:prepare-start'],
    ready: known('ready mark', page.marks['tta:ready']),
    answer: known('answer mark', page.marks['tta:answer']),
    configSent,
    jsBytes: sum(scripts),
    jsBytesBeforeConfig: sum(
      scripts.filter((request) => request.end !== undefined && request.end <= configSent),
    ),
    requests: waterfall.length,
    waterfall,
    client,
  };
}
