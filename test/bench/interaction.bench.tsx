// Handshake round trips, render counts and per-call overhead, measured in Chromium over the real
// dingtalk-jsapi in an emulated DingTalk PC container.
import { createJsapiBridge, type SignatureConfig } from '@dingkit/core';
import { emulateDingTalk } from '@dingkit/mock/emulator';
import { DingTalkLayout, DingTalkProvider, useConfirm, useDingTalk, useSurface } from '@dingkit/react';
import { type ReactNode, StrictMode, useEffect, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { type BenchRow, median } from './rows';

const rows: BenchRow[] = [];
const emulator = emulateDingTalk({
  platform: 'pc',
  version: '7.0.10',
  config: { status: 'ready' },
  handle: (method) => (method === 'device.notification.confirm' ? { buttonIndex: 0 } : {}),
});
afterAll(async () => {
  emulator.uninstall();
  await commands.writeFile('test/bench/output/interaction.json', JSON.stringify(rows, null, 2));
});

const signature: SignatureConfig = {
  agentId: '1001',
  corpId: 'ding-corp',
  timeStamp: 1_700_000_000,
  nonceStr: 'bench',
  signature: 'f'.repeat(40),
};

function counters() {
  let signatures = 0;
  const configsBefore = emulator.requests.filter((r) => r.method === 'config').length;
  return {
    getSignature: async (_url: string) => {
      signatures++;
      return signature;
    },
    signatures: () => signatures,
    configs: () => emulator.requests.filter((r) => r.method === 'config').length - configsBefore,
  };
}

// A plain root, no act(): the bench measures what an app sees.
async function render(ui: ReactNode, options: { container?: HTMLElement } = {}) {
  const container = options.container ?? document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  root.render(ui);
  await new Promise((r) => setTimeout(r, 0));
  return {
    container,
    unmount: () => {
      root.unmount();
      if (!options.container) container.remove();
    },
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

function Caller({ onRun, id = 'caller' }: { onRun: (run: () => Promise<unknown>) => void; id?: string }) {
  useCommits(id);
  const { run } = useConfirm({ message: 'Bench', buttonLabels: ['OK', 'Cancel'] });
  useEffect(() => {
    onRun(run);
  }, [onRun, run]);
  return null;
}
const statusLog: string[] = [];
function Status() {
  useCommits('status');
  const { status } = useDingTalk();
  useLayoutEffect(() => {
    statusLog.push(status);
  });
  return <p>{status}</p>;
}
function Bystander() {
  useCommits('bystander');
  useConfirm({ message: 'Other' });
  return null;
}

const commits = new Map<string, number>();
// Counts the commits of the calling component (a layout effect without deps runs once per commit;
// StrictMode's extra mount-time run only affects the mount, which the bench subtracts).
function useCommits(id: string) {
  useLayoutEffect(() => {
    commits.set(id, (commits.get(id) ?? 0) + 1);
  });
}

it('handshake: one getSignature and one config per page URL', async () => {
  const strict = counters();
  let run: (() => Promise<unknown>) | undefined;
  const screen = await render(
    <StrictMode>
      <DingTalkProvider bridge={createJsapiBridge()} getSignature={strict.getSignature}>
        <Caller onRun={(r) => (run = r)} />
      </DingTalkProvider>
    </StrictMode>,
  );
  await until(() => run !== undefined);
  await run!();
  rows.push({
    group: 'handshake',
    measure: 'StrictMode mount: getSignature',
    value: strict.signatures(),
    unit: 'calls',
  });
  rows.push({
    group: 'handshake',
    measure: 'StrictMode mount: config',
    value: strict.configs(),
    unit: 'calls',
  });

  // Client-side navigations: each new URL (without hash) is signed once, at its first call.
  for (const path of ['/orders', '/orders/42', '/orders/42#detail', '/settings']) {
    history.pushState(null, '', path);
    await run!();
  }
  rows.push({
    group: 'handshake',
    measure: '3 navigations (+1 hash-only): getSignature',
    value: strict.signatures() - 1,
    unit: 'calls',
  });
  rows.push({
    group: 'handshake',
    measure: '3 navigations (+1 hash-only): config',
    value: strict.configs() - 1,
    unit: 'calls',
  });
  screen.unmount();
  history.pushState(null, '', '/');

  const ten = counters();
  const runs: (() => Promise<unknown>)[] = [];
  const many = await render(
    <StrictMode>
      <DingTalkProvider bridge={createJsapiBridge()} getSignature={ten.getSignature}>
        {['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => (
          <Caller key={id} id={id} onRun={(r) => runs.push(r)} />
        ))}
      </DingTalkProvider>
    </StrictMode>,
  );
  await until(() => runs.length >= 10);
  await Promise.all(runs.slice(-10).map((r) => r()));
  rows.push({
    group: 'handshake',
    measure: '10 components at once: getSignature',
    value: ten.signatures(),
    unit: 'calls',
  });
  rows.push({
    group: 'handshake',
    measure: '10 components at once: config',
    value: ten.configs(),
    unit: 'calls',
  });
  many.unmount();
});

it('renders: per run() and on the ready transition', async () => {
  commits.clear();
  statusLog.length = 0;
  const c = counters();
  let run: (() => Promise<unknown>) | undefined;
  const screen = await render(
    <StrictMode>
      <DingTalkProvider bridge={createJsapiBridge()} getSignature={c.getSignature}>
        <Status />
        <Caller onRun={(r) => (run = r)} />
        <Bystander />
      </DingTalkProvider>
    </StrictMode>,
  );
  await until(() => screen.container.textContent?.includes('ready') ?? false);
  await until(() => run !== undefined);
  const snapshot = new Map(commits);
  await run!();
  await new Promise((r) => setTimeout(r, 20));
  const delta = (id: string) => (commits.get(id) ?? 0) - (snapshot.get(id) ?? 0);
  rows.push({ group: 'renders', measure: 'caller per run()', value: delta('caller'), unit: 'commits' });
  rows.push({
    group: 'renders',
    measure: 'other consumers per run()',
    value: delta('status') + delta('bystander'),
    unit: 'commits',
  });
  rows.push({
    group: 'renders',
    measure: 'consumer on the ready transition',
    value: statusLog.filter((status) => status === 'ready').length,
    unit: 'commits',
    note: `commits seen: ${statusLog.join(' → ')}`,
  });
  screen.unmount();
});

it('renders: band consumers while the container is resized', async () => {
  function Band() {
    useCommits('band');
    const band = useSurface();
    return <p>{band}</p>;
  }
  const frame = document.createElement('div');
  frame.style.width = '500px';
  document.body.append(frame);
  const screen = await render(
    <StrictMode>
      <DingTalkLayout>
        <Band />
      </DingTalkLayout>
    </StrictMode>,
    { container: frame },
  );
  // Layout, ResizeObserver, React's commit of what it reported, and one more frame.
  const frames = () =>
    new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 20))));
  await frames();
  const renders = () => commits.get('band') ?? 0;
  const start = renders();
  for (let step = 0; step < 100; step++) {
    frame.style.width = `${500 + (step % 50) * 5}px`;
    await frames();
  }
  rows.push({
    group: 'renders',
    measure: 'band consumer, 100 resize steps inside a band',
    value: renders() - start,
    unit: 'commits',
  });
  const before = renders();
  frame.style.width = '360px';
  await frames();
  rows.push({
    group: 'renders',
    measure: 'band consumer, one boundary crossing',
    value: renders() - before,
    unit: 'commits',
  });
  screen.unmount();
  frame.remove();
});

it('per-call overhead: a hook run() against a direct dingtalk-jsapi call, alternating', async () => {
  await import('dingtalk-jsapi/entry/union.js');
  const confirmModule = (await import('dingtalk-jsapi/api/device/notification/confirm.js')) as unknown as {
    default: ((params: object) => Promise<unknown>) | { default: (params: object) => Promise<unknown> };
  };
  const direct =
    typeof confirmModule.default === 'function' ? confirmModule.default : confirmModule.default.default;
  const c = counters();
  let run: (() => Promise<unknown>) | undefined;
  const screen = await render(
    <StrictMode>
      <DingTalkProvider bridge={createJsapiBridge()} getSignature={c.getSignature}>
        <Caller onRun={(r) => (run = r)} />
      </DingTalkProvider>
    </StrictMode>,
  );
  await until(() => run !== undefined);
  await run!();
  const params = { message: 'Bench', buttonLabels: ['OK', 'Cancel'] };
  await direct(params);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 300; i++) {
    let t = performance.now();
    await run!();
    a.push(performance.now() - t);
    t = performance.now();
    await direct(params);
    b.push(performance.now() - t);
  }
  const ms = (v: number) => Math.round(v * 1000) / 1000;
  rows.push({ group: 'per call', measure: 'dingkit run() median', value: ms(median(a)), unit: 'ms' });
  rows.push({ group: 'per call', measure: 'direct dingtalk-jsapi median', value: ms(median(b)), unit: 'ms' });
  rows.push({
    group: 'per call',
    measure: 'ratio dingkit / direct (median)',
    value: Math.round((median(a) / median(b)) * 100) / 100,
    unit: '×',
    note: '300 alternating pairs',
  });
  screen.unmount();
});
