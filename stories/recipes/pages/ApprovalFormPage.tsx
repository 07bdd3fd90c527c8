import {
  DingTalkLayout,
  FormField,
  FormLayout,
  ModalFrame,
  useNavigationTitle,
  useQuit,
} from '@dingkit/react';
import { useState } from 'react';

/**
 * A page meant for `biz.util.openModal`: a short leave request. 提交 quits with the form as a
 * JSON message, which the opener's openModal resolves with; 取消 quits without one.
 */
export function ApprovalFormPage() {
  useNavigationTitle('新建请假申请');
  const quit = useQuit();
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('1');
  return (
    <DingTalkLayout>
      <ModalFrame
        footer={
          <>
            <button type="button" className="dk-button" onClick={() => void quit.run({})}>
              取消
            </button>
            <button
              type="button"
              className="dk-button dk-button-primary"
              onClick={() => void quit.run({ message: JSON.stringify({ reason, days: Number(days) }) })}
            >
              提交
            </button>
          </>
        }
      >
        <FormLayout>
          <FormField label="请假事由" required>
            {(control) => (
              <input
                {...control}
                className="dk-input"
                required
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </FormField>
          <FormField label="天数">
            {(control) => (
              <input
                {...control}
                className="dk-input"
                type="number"
                min={1}
                value={days}
                onChange={(event) => setDays(event.target.value)}
              />
            )}
          </FormField>
        </FormLayout>
      </ModalFrame>
    </DingTalkLayout>
  );
}
