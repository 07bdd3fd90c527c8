// src/OpenApproval.tsx — shows an approval in DingTalk's slide panel (PC).
import { useOpenSlidePanel } from '@dingkit/react';

export function OpenApproval({ id, onDecided }: { id: string; onDecided: (decision: string) => void }) {
  const panel = useOpenSlidePanel();

  async function open() {
    try {
      const { message } = await panel.run({
        title: '审批详情',
        url: new URL(`/approvals/${id}/panel`, location.href).href,
      });
      if (message) onDecided(message);
    } catch {
      // In panel.error: CANCELLED when the person closed the panel.
    }
  }

  return (
    <button type="button" disabled={panel.isPending} onClick={open}>
      查看审批
    </button>
  );
}
