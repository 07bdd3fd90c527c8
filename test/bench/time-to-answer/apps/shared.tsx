// What the three apps share, so that they differ only in how they reach DingTalk: the page they
// render, the question they ask, how they fetch the signature, and the marks the bench reads.
import { type ReactNode, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

export { fail, fetchSignature, mark, pageUrl, question, type Signature } from './plain';

import { question } from './plain';

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
