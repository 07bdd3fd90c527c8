// src/ApproveButton.tsx — asks before acting, in DingTalk's own dialog.
import { useConfirm } from '@dingkit/react';

export function ApproveButton({ onApprove }: { onApprove: () => void }) {
  // Defaults given here make those params optional in run(). Always pass buttonLabels:
  // buttonIndex is the index into them.
  const confirm = useConfirm({
    title: '审批',
    message: '同意这条请假申请？',
    buttonLabels: ['同意', '取消'],
  });

  async function approve() {
    try {
      const { buttonIndex } = await confirm.run();
      if (buttonIndex === 0) onApprove();
    } catch {
      // Already in confirm.error (CANCELLED when the dialog was dismissed).
    }
  }

  return (
    <>
      <button type="button" disabled={confirm.isPending} onClick={approve}>
        同意
      </button>
      {confirm.error && confirm.error.code !== 'CANCELLED' && <p role="alert">{confirm.error.message}</p>}
    </>
  );
}
