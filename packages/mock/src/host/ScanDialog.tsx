import { useId, useState } from 'react';
import type { PendingCall } from '../MockController';
import { DialogActions } from './DialogActions';
import { DialogShell } from './DialogShell';
import { useHost } from './HostContext';

/** Props of {@link ScanDialog}. */
export interface ScanDialogProps {
  call: PendingCall<'biz.util.scan'>;
}

/** Codes a person can "scan" with one press, by what `type` lets the camera read. */
const sampleCodes = {
  qrCode: 'https://h5.dingtalk.com/invite/index.html?code=mock',
  barCode: '6901234567892',
} as const;

/**
 * biz.util.scan: no camera in a browser, so the person types what the code holds or presses one
 * of the sample codes `type` allows; resolves `{ text }`.
 */
export function ScanDialog({ call }: ScanDialogProps) {
  const { t } = useHost();
  const [text, setText] = useState('');
  const fieldId = useId();
  const type = call.params?.type ?? 'all';
  const samples = Object.entries(sampleCodes).filter(([kind]) => type === 'all' || type === kind);
  return (
    <DialogShell
      onCancel={call.cancel}
      title={t.scan}
      className="dkm-dialog--sheet"
      footer={
        <DialogActions
          onCancel={call.cancel}
          onConfirm={() => call.resolve({ text })}
          confirmDisabled={!text}
        />
      }
    >
      <div className="dkm-field">
        <label htmlFor={fieldId}>{t.scanText}</label>
        <input
          id={fieldId}
          className="dkm-input"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <ul className="dkm-sheet__list">
        {samples.map(([kind, code]) => (
          <li key={kind}>
            <button type="button" className="dkm-sheet__item" onClick={() => call.resolve({ text: code })}>
              {kind === 'qrCode' ? t.sampleQrCode : t.sampleBarCode}
            </button>
          </li>
        ))}
      </ul>
    </DialogShell>
  );
}
