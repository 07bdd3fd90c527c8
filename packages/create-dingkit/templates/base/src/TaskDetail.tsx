import {
  ActionBar,
  PageHeader,
  useComplexPicker,
  useConfirm,
  useDingTalk,
  useSurface,
  useToast,
} from '@dingkit/react';
import type { Task } from './tasks';

export interface TaskDetailProps {
  task: Task;
  onChange: (change: Partial<Task>) => void;
}

/** A task, with DingTalk's own dialogs to complete it and to hand it to a colleague. */
export function TaskDetail({ task, onChange }: TaskDetailProps) {
  // 'compact' in the pane, small modals and phones; 'regular' in the micro-app window; 'wide' beyond.
  const band = useSurface();
  const { authorizedAPIList } = useDingTalk();
  // Defaults given here make these params optional in run(). Explicit labels: the first is 完成.
  const confirm = useConfirm({
    title: '完成任务',
    message: `将「${task.title}」标记为已完成？`,
    buttonLabels: ['完成', '取消'],
  });
  const toast = useToast();
  // The picker's corpId comes from the provider's signature.
  const picker = useComplexPicker({ title: '转交给', multiple: false, responseUserOnly: true });
  // The contact pickers need the signed handshake (鉴权): without a signature they are not offered.
  const canTransfer = authorizedAPIList.includes('biz.contact.complexPicker');

  const complete = async () => {
    const { buttonIndex } = await confirm.run();
    if (buttonIndex !== 0) return;
    onChange({ done: true });
    await toast.run({ type: 'success', icon: 'success', text: '任务已完成' });
  };

  const transfer = async () => {
    const [person] = (await picker.run()).users ?? [];
    if (person) onChange({ owner: person.name });
  };

  // A person closing a dialog is no error; anything else is shown (the error is in the hook's state).
  const error = [confirm.error, picker.error, toast.error].find((e) => e && e.code !== 'CANCELLED');

  return (
    <>
      <PageHeader
        level={2}
        title={task.title}
        description={
          band === 'compact' ? `${task.owner} · ${task.due}截止` : `负责人：${task.owner}　截止：${task.due}`
        }
      />
      <p className="app-text">{task.detail}</p>
      {task.done && (
        <p role="status" className="app-text">
          已完成
        </p>
      )}
      {error && (
        <p role="alert" className="app-text">
          {error.message}
        </p>
      )}
      {!task.done && (
        // A row of buttons, primary first; full width and stacked in the compact band.
        <ActionBar label="任务操作" sticky>
          <button
            type="button"
            className="dk-button dk-button-primary"
            disabled={confirm.isPending}
            onClick={() => complete().catch(() => {})}
          >
            完成
          </button>
          {canTransfer && (
            <button
              type="button"
              className="dk-button"
              disabled={picker.isPending}
              onClick={() => transfer().catch(() => {})}
            >
              转交
            </button>
          )}
        </ActionBar>
      )}
    </>
  );
}
