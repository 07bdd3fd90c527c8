import { useId, useState } from 'react';
import type { PendingCall } from '../MockController';
import { DialogShell } from './DialogShell';
import { useHost } from './HostContext';

/** Props of {@link GenericDialog}. */
export interface GenericDialogProps {
  call: PendingCall;
}

/**
 * Any other API that waits for a person (date pickers, scan, …): shows the API and its params
 * and lets the person type the result as JSON, fail the call or cancel it.
 */
export function GenericDialog({ call }: GenericDialogProps) {
  const { t } = useHost();
  const [text, setText] = useState('{}');
  const [invalid, setInvalid] = useState(false);
  const fieldId = useId();
  const respond = () => {
    try {
      call.resolve(JSON.parse(text) as never);
    } catch {
      setInvalid(true);
    }
  };
  return (
    <DialogShell
      onCancel={call.cancel}
      title={t.respondAs(call.api)}
      className="dkm-dialog--generic"
      footer={
        <>
          <button type="button" className="dkm-button" onClick={call.cancel}>
            {t.cancel}
          </button>
          <button
            type="button"
            className="dkm-button"
            onClick={() => call.reject({ errorCode: 'mock', errorMessage: `${call.api} failed (mock)` })}
          >
            {t.fail}
          </button>
          <button type="button" className="dkm-button dkm-button--primary" onClick={respond}>
            {t.respond}
          </button>
        </>
      }
    >
      <div className="dkm-field">
        <span>{t.params}</span>
        <pre className="dkm-code">{JSON.stringify(call.params, null, 2) ?? 'undefined'}</pre>
      </div>
      <div className="dkm-field">
        <label htmlFor={fieldId}>{t.resultJson}</label>
        <textarea
          id={fieldId}
          className="dkm-input dkm-textarea"
          value={text}
          aria-invalid={invalid}
          onChange={(event) => {
            setText(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <p className="dkm-error" role="alert">
            {t.invalidJson}
          </p>
        )}
      </div>
    </DialogShell>
  );
}
