import { useId, useState } from 'react';
import type { PendingCall } from '../MockController';
import { DialogActions } from './DialogActions';
import { DialogShell } from './DialogShell';
import { useHost } from './HostContext';

/** The pickers this dialog answers. */
export type DateTimeApi = 'biz.util.datepicker' | 'biz.util.timepicker' | 'biz.util.datetimepicker';

/** Props of {@link DateTimeDialog}. */
export interface DateTimeDialogProps {
  call: PendingCall<DateTimeApi>;
}

/** Per picker: the browser's input, the client's default format, and the dialog's title. */
const pickers = {
  'biz.util.datepicker': { input: 'date', format: 'yyyy-MM-dd', title: 'pickDate' },
  'biz.util.timepicker': { input: 'time', format: 'HH:mm', title: 'pickTime' },
  'biz.util.datetimepicker': { input: 'datetime-local', format: 'yyyy-MM-dd HH:mm', title: 'pickDateTime' },
} as const;

/**
 * Writes the input's value (`2026-03-31`, `09:30`, `2026-03-31T09:30`) in the client's format
 * tokens (`yyyy`, `MM`, `dd`, `HH`, `mm`), as the app asked with `format`.
 */
export function formatPicked(value: string, format: string): string {
  const [, yyyy = '', MM = '', dd = ''] = /(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? [];
  const [, HH = '', mm = ''] = /(\d{2}):(\d{2})/.exec(value) ?? [];
  const parts: Record<string, string> = { yyyy, MM, dd, HH, mm };
  return format.replace(/yyyy|MM|dd|HH|mm/g, (token) => parts[token] ?? token);
}

/** Reads a `value` the app passed in its format back into the input's form, for the default. */
function toInput(value: string | undefined, format: string, input: string): string {
  if (!value) return '';
  const at = (token: string) => {
    const index = format.indexOf(token);
    return index < 0 ? '' : value.slice(index, index + token.length);
  };
  const date = `${at('yyyy')}-${at('MM')}-${at('dd')}`;
  const time = `${at('HH')}:${at('mm')}`;
  return input === 'date' ? date : input === 'time' ? time : `${date}T${time}`;
}

/** biz.util.datepicker / timepicker / datetimepicker: the browser's picker; resolves `{ value }`. */
export function DateTimeDialog({ call }: DateTimeDialogProps) {
  const { t } = useHost();
  const picker = pickers[call.api];
  const format = call.params?.format || picker.format;
  const [value, setValue] = useState(() => toInput(call.params?.value, format, picker.input));
  const fieldId = useId();
  const title = t[picker.title];
  return (
    <DialogShell
      onCancel={call.cancel}
      title={title}
      className="dkm-dialog--sheet"
      footer={
        <DialogActions
          onCancel={call.cancel}
          onConfirm={() => call.resolve({ value: formatPicked(value, format) })}
          confirmDisabled={!value}
        />
      }
    >
      <div className="dkm-field">
        <label htmlFor={fieldId}>{title}</label>
        <input
          id={fieldId}
          className="dkm-input"
          type={picker.input}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
    </DialogShell>
  );
}
