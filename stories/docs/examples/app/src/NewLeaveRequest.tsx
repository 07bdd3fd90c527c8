// src/NewLeaveRequest.tsx — opens the form in a DingTalk modal and gets its result back.
import { useOpenModal } from '@dingkit/react';

export interface LeaveRequest {
  reason: string;
  days: number;
}

export function NewLeaveRequest({ onCreated }: { onCreated: (request: LeaveRequest) => void }) {
  const modal = useOpenModal();

  async function open() {
    try {
      // Resolves when the page in the modal calls biz.navigation.quit, with its message.
      const { message } = await modal.run({
        title: '新建请假申请',
        // openModal needs an absolute http(s) URL. No size: the large modal (676×545).
        url: new URL('/leave/new', location.href).href,
      });
      if (message) onCreated(JSON.parse(message) as LeaveRequest);
    } catch {
      // In modal.error: CANCELLED when the person closed the modal with its × button.
    }
  }

  return (
    <>
      <button type="button" disabled={modal.isPending} onClick={open}>
        请假
      </button>
      {modal.error && modal.error.code !== 'CANCELLED' && <p role="alert">{modal.error.message}</p>}
    </>
  );
}
