// What the three apps share, so that they differ only in how they reach DingTalk: the page they
// render, the question they ask, how they fetch the signature, and the marks the bench reads.
import { type ReactNode, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** The confirm every app asks on load, with explicit labels (the clients' defaults differ). */
export const question = {
  title: '提交审批',
  message: '确认提交这张报销单？',
  buttonLabels: ['提交', '取消'],
};

/** The page URL without its hash, as DingTalk signs it. */
export const pageUrl = (): string => location.href.split('#')[0]!;

/** What the app's server returns for a page URL: `config`'s fields without `jsApiList`. */
export interface Signature {
  agentId: string;
  corpId: string;
  timeStamp: number;
  nonceStr: string;
  signature: string;
}

/** Asks the app's server (the bench server) to sign `url`. */
export async function fetchSignature(url: string): Promise<Signature> {
  const response = await fetch(`/signature?url=${encodeURIComponent(url)}`);
  if (!response.ok) throw new Error(`signature endpoint answered ${response.status}`);
  return response.json();
}

/**
 * Records a milestone as a User Timing mark (relative to this page's navigation); the answer
 * also tells the bench, through the console, that the run is over.
 */
export function mark(milestone: 'ready' | 'answer'): void {
  performance.mark(`tta:${milestone}`);
  if (milestone === 'answer') console.log('tta:answered');
}

/** Ends the run as failed: the bench stops with this message. */
export function fail(error: unknown): void {
  console.error(`tta:failed ${error instanceof Error ? error.message : JSON.stringify(error)}`);
}

/** A small approval page, rendered at once; the answer shows once it arrives. */
export function Page({ answer }: { answer?: number | undefined }): ReactNode {
  return (
    <main>
      <h1>报销单 #2024-0412</h1>
      <p>差旅费 · 上海 → 杭州 · ¥1,280.00</p>
      <ul>
        <li>高铁票 ¥146.00</li>
        <li>酒店 2 晚 ¥980.00</li>
        <li>市内交通 ¥154.00</li>
      </ul>
      <p role="status">{answer === undefined ? '等待确认…' : `已选择：${question.buttonLabels[answer]}`}</p>
    </main>
  );
}

let root: Root | undefined;
/** Renders (or re-renders) the app into `#root`, in StrictMode as apps do. */
export function mount(app: ReactNode): void {
  root ??= createRoot(document.getElementById('root')!);
  root.render(<StrictMode>{app}</StrictMode>);
}
