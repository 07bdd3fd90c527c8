// src/ApprovalPanelPage.tsx — the page inside the slide panel: a title, a left button, a decision.
import { SlidePanelFrame, useLeftButton, useNavigationTitle, useQuit } from '@dingkit/react';
import { useState } from 'react';

export function ApprovalPanelPage({ firstId }: { firstId: number }) {
  const [id, setId] = useState(firstId);
  const quit = useQuit();
  // Declarative: set while mounted, set again when the value changes.
  useNavigationTitle(`审批详情 #${id}`);
  // The panel's left button (PC): its click arrives as the leftBtnClick event.
  useLeftButton({ text: '上一条', onClick: () => setId((current) => Math.max(1, current - 1)) });

  return (
    <SlidePanelFrame
      footer={
        <>
          <button
            type="button"
            className="dk-button dk-button-primary"
            onClick={() => void quit.run({ message: `approved #${id}` })}
          >
            同意
          </button>
          <button
            type="button"
            className="dk-button"
            onClick={() => void quit.run({ message: `rejected #${id}` })}
          >
            拒绝
          </button>
        </>
      }
    >
      <p>审批 #{id}：王芳的请假申请，年假 2 天。</p>
    </SlidePanelFrame>
  );
}
