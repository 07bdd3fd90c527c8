import type { PendingCall } from '../MockController';
import { DialogShell } from './DialogShell';
import { useHost } from './HostContext';

/** Props of {@link ActionSheetDialog}. */
export interface ActionSheetDialogProps {
  call: PendingCall<'device.notification.actionSheet'>;
}

/** actionSheet: one button per option; the cancel button answers `buttonIndex: -1`. */
export function ActionSheetDialog({ call }: ActionSheetDialogProps) {
  const { t } = useHost();
  const { title, cancelButton, otherButtons } = call.params;
  return (
    <DialogShell
      onCancel={call.cancel}
      title={title || t.notice}
      hideTitle={!title}
      className="dkm-dialog--sheet"
      closable={false}
    >
      <ul className="dkm-sheet__list">
        {(otherButtons ?? []).map((label, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the button's identity
          <li key={index}>
            <button
              type="button"
              className="dkm-sheet__item"
              onClick={() => call.resolve({ buttonIndex: index })}
            >
              {label}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="dkm-sheet__item dkm-sheet__cancel"
            onClick={() => call.resolve({ buttonIndex: -1 })}
          >
            {cancelButton || t.cancel}
          </button>
        </li>
      </ul>
    </DialogShell>
  );
}
