import { DingTalkLayout, SlidePanelFrame, useLeftButton, useNavigationTitle, useQuit } from '@dingkit/react';
import { useState } from 'react';

/**
 * A page meant for `biz.util.openSlidePanel`: retitles the panel, names its left button 上一条
 * (each click shows the previous approval) and quits with the decision as the message.
 */
export function ApprovalDetailPage() {
  const [index, setIndex] = useState(3);
  useNavigationTitle(`审批详情 #${index}`);
  useLeftButton({ text: '上一条', onClick: () => setIndex((current) => Math.max(1, current - 1)) });
  const quit = useQuit();
  return (
    <DingTalkLayout>
      <SlidePanelFrame
        footer={
          <>
            <button
              type="button"
              className="dk-button"
              onClick={() => void quit.run({ message: `rejected #${index}` })}
            >
              拒绝
            </button>
            <button
              type="button"
              className="dk-button dk-button-primary"
              onClick={() => void quit.run({ message: `approved #${index}` })}
            >
              同意
            </button>
          </>
        }
      >
        <p style={{ padding: '0 16px' }}>
          审批 <output aria-label="approval">#{index}</output>：王芳的请假申请，年假 2 天。
        </p>
      </SlidePanelFrame>
    </DingTalkLayout>
  );
}
