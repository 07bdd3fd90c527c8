import type { PendingCall } from '../MockController';
import { DialogShell } from './DialogShell';
import { useHost } from './HostContext';

/** Props of {@link ShareSheet}. */
export interface ShareSheetProps {
  call: PendingCall<'biz.util.share'>;
}

/**
 * biz.util.share: the client's share sheet, its channels then the app's own items
 * (`custom_addon`); resolves `{ shareType }` with the channel's key.
 */
export function ShareSheet({ call }: ShareSheetProps) {
  const { t } = useHost();
  const addons = Object.entries(call.params?.custom_addon ?? {}).map(
    ([key, { title }]) => [key, title] as const,
  );
  const channels = [...Object.entries(t.shareChannels), ...addons];
  return (
    <DialogShell
      onCancel={call.cancel}
      title={call.params?.title ? t.shareTitled(call.params.title) : t.share}
      className="dkm-dialog--sheet"
      closable={false}
    >
      <ul className="dkm-sheet__list">
        {channels.map(([key, label]) => (
          <li key={key}>
            <button
              type="button"
              className="dkm-sheet__item"
              onClick={() => call.resolve({ shareType: key })}
            >
              {label}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="dkm-sheet__item dkm-sheet__cancel" onClick={call.cancel}>
            {t.cancel}
          </button>
        </li>
      </ul>
    </DialogShell>
  );
}
