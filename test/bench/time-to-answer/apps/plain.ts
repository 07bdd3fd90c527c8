// What the apps share that needs no React: the question, the signature, the marks the bench
// reads. Apart from shared.tsx so that a module evaluated before React (A′'s dingtalk.ts) can use it.

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
