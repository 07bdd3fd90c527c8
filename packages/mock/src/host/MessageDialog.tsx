import type { AlertParams, ConfirmParams, PromptParams } from '@dingkit/core';
import { useRef, useState } from 'react';
import type { PendingCall } from '../MockController';
import { DialogShell } from './DialogShell';
import { useHost } from './HostContext';

type MessageCall =
  | PendingCall<'device.notification.alert'>
  | PendingCall<'device.notification.confirm'>
  | PendingCall<'device.notification.prompt'>;

/** Props of {@link MessageDialog}. */
export interface MessageDialogProps {
  call: MessageCall;
}

/** alert, confirm and prompt: the message, an input for prompt, and the app's buttons. */
export function MessageDialog({ call }: MessageDialogProps) {
  const { t } = useHost();
  const params = call.params as AlertParams & ConfirmParams & PromptParams;
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const isPrompt = call.api === 'device.notification.prompt';
  const labels =
    call.api === 'device.notification.alert'
      ? [params.buttonName || t.ok]
      : params.buttonLabels?.length
        ? params.buttonLabels
        : [t.ok, t.cancel];
  const title = params.title ?? '';

  const answer = (buttonIndex: number) => {
    if (call.api === 'device.notification.alert') call.resolve(undefined);
    else if (call.api === 'device.notification.confirm') call.resolve({ buttonIndex });
    else call.resolve({ buttonIndex, value });
  };

  return (
    <DialogShell
      onCancel={call.cancel}
      title={title || t.notice}
      hideTitle={!title}
      className="dkm-dialog--message"
      closable={false}
      description={params.message ?? ''}
      {...(isPrompt ? { initialFocus: input } : {})}
      footer={labels.map((label, index) => (
        <button
          // Labels may repeat; their position is what the app gets back.
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the button's identity
          key={index}
          type="button"
          className={`dkm-button${index === 0 ? ' dkm-button--primary' : ''}`}
          onClick={() => answer(index)}
        >
          {label}
        </button>
      ))}
    >
      {isPrompt && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            answer(0);
          }}
        >
          <input
            ref={input}
            className="dkm-input"
            aria-label={params.message || t.notice}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            style={{ marginTop: 12 }}
          />
        </form>
      )}
    </DialogShell>
  );
}
