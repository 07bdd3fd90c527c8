// src/LeaveFormPage.tsx — the page at /leave/new, inside the modal.
import { FormField, FormLayout, ModalFrame, useQuit } from '@dingkit/react';
import { type FormEvent, useState } from 'react';
import type { LeaveRequest } from './NewLeaveRequest';

export function LeaveFormPage() {
  const quit = useQuit();
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('1');

  function submit(event: FormEvent) {
    event.preventDefault();
    const request: LeaveRequest = { reason, days: Number(days) };
    // The message must be a string: the opener's openModal resolves with { message }.
    void quit.run({ message: JSON.stringify(request) });
  }

  return (
    <form onSubmit={submit}>
      {/* The modal's title bar is DingTalk's: ModalFrame fills the rest, footer fixed at the bottom. */}
      <ModalFrame
        footer={
          <>
            <button type="submit" className="dk-button dk-button-primary">
              提交
            </button>
            <button type="button" className="dk-button" onClick={() => void quit.run({})}>
              取消
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
                required
                min={1}
                value={days}
                onChange={(event) => setDays(event.target.value)}
              />
            )}
          </FormField>
        </FormLayout>
      </ModalFrame>
    </form>
  );
}
