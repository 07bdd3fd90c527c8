// The checks of choices and numbers: true or false, one of some values, a number in a range.
import type { RuleCheck } from '../types';
import { check } from './rules';

export const flag: RuleCheck = check({ kind: 'boolean' }, (v) => typeof v === 'boolean');
export const positive: RuleCheck = check(
  { kind: 'positive' },
  (v) => Number.isInteger(v) && (v as number) > 0,
);

/* @__NO_SIDE_EFFECTS__ */
export const oneOf = (...values: unknown[]): RuleCheck =>
  check({ kind: 'oneOf', values }, (v) => values.includes(v));

/* @__NO_SIDE_EFFECTS__ */
export const range = (min: number, max: number, extra: { integer?: true; unit?: 'second' } = {}): RuleCheck =>
  check(
    { kind: 'range', min, max, ...extra },
    (v) =>
      typeof v === 'number' &&
      (extra.integer ? Number.isInteger(v) : Number.isFinite(v)) &&
      v >= min &&
      v <= max,
  );
