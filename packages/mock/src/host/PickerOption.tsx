import type { ReactNode } from 'react';

/** Props of {@link PickerOption}. */
export interface PickerOptionProps {
  /** The name of the picker's group of radios or checkboxes. */
  group: string;
  /** Checkboxes in a multiple picker, radios otherwise. */
  multiple: boolean;
  /** Whether it can be chosen at all; otherwise it is only shown (a department to walk through). */
  choosable: boolean;
  checked: boolean;
  /** Cannot be checked or unchecked (required, disabled, or the picker is full). */
  locked: boolean;
  onToggle: (on: boolean) => void;
  /** An avatar or a folder, drawn after the checkbox. */
  icon: ReactNode;
  name: string;
  /** A line under the name (a title, a head count). */
  detail: ReactNode;
  /** After the option: the button that opens a department. */
  children?: ReactNode;
}

/** One person or department in a picker's list. */
export function PickerOption({
  group,
  multiple,
  choosable,
  checked,
  locked,
  onToggle,
  icon,
  name,
  detail,
  children,
}: PickerOptionProps) {
  const text = (
    <span className="dkm-option__text">
      <span className="dkm-option__name">{name}</span>
      {detail && <span className="dkm-option__sub">{detail}</span>}
    </span>
  );
  return (
    <li className={`dkm-option${locked ? ' dkm-option--disabled' : ''}`}>
      {choosable ? (
        <label>
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={group}
            checked={checked}
            disabled={locked}
            onChange={(event) => onToggle(event.target.checked)}
          />
          {icon}
          {text}
        </label>
      ) : (
        text
      )}
      {children}
    </li>
  );
}

/** One chosen person or department; without `onRemove` it cannot be removed (required). */
export function PickerChip({
  icon,
  name,
  removeLabel,
  onRemove,
}: {
  icon: ReactNode;
  name: string;
  removeLabel: string;
  onRemove: (() => void) | undefined;
}) {
  return (
    <li className="dkm-chip">
      {icon}
      <span className="dkm-chip__name">{name}</span>
      {onRemove && (
        <button type="button" className="dkm-icon-button" aria-label={removeLabel} onClick={onRemove}>
          ×
        </button>
      )}
    </li>
  );
}
