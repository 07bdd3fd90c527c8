import { useConfirm, useDingTalk } from '@dingkit/react';

/** Deletes an approval after asking in DingTalk, as a team's component would. */
export function DeleteApproval() {
  const { status, error } = useDingTalk();
  const confirm = useConfirm({
    title: '删除审批',
    message: '删除后不可恢复，确定删除？',
    buttonLabels: ['删除', '取消'],
  });
  let outcome = '';
  if (confirm.status === 'success') outcome = confirm.data.buttonIndex === 0 ? '已删除' : '已取消';
  if (confirm.status === 'error') outcome = confirm.error.code;
  return (
    <main>
      <output aria-label="握手">{error ? `${status} ${error.code}` : status}</output>
      <button type="button" onClick={() => confirm.run().catch(() => {})}>
        删除审批
      </button>
      <output aria-label="结果">{outcome}</output>
    </main>
  );
}
