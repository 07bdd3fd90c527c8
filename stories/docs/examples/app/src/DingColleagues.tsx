// src/DingColleagues.tsx — choose colleagues, then DING them a link (PC).
import { useContactChoose, useDingPost } from '@dingkit/react';

const pad = (n: number) => String(n).padStart(2, '0');
/** `yyyy-MM-dd HH:mm`, the format named in alertDate.format below. */
const formatDate = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

export function DingColleagues({ approvalId }: { approvalId: string }) {
  // Both take the organisation's corpId from the provider's signature.
  const choose = useContactChoose({ multiple: true, max: 20 });
  const ding = useDingPost();

  async function remind() {
    try {
      const people = await choose.run();
      if (people.length === 0) return;
      await ding.run({
        users: people.map((person) => person.emplId),
        type: 2, // a link card; 1 is an image
        alertType: 2, // 0 phone call, 1 SMS, 2 in-app
        alertDate: { format: 'yyyy-MM-dd HH:mm', value: formatDate(new Date(Date.now() + 60 * 60 * 1000)) },
        text: '请在今天下班前处理这条审批',
        attachment: {
          title: `审批 #${approvalId}`,
          url: `https://app.example.com/approvals/${approvalId}`,
          text: '王芳的请假申请 · 年假 2 天',
        },
      });
    } catch {
      // In choose.error or ding.error; CANCELLED when the person closed the picker or the composer.
    }
  }

  const error = choose.error ?? ding.error;
  return (
    <>
      <button type="button" disabled={choose.isPending || ding.isPending} onClick={remind}>
        DING 提醒
      </button>
      {ding.status === 'success' && <p role="status">已发送 DING</p>}
      {error && error.code !== 'CANCELLED' && <p role="alert">{error.message}</p>}
    </>
  );
}
