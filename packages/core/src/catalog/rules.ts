// The checks most descriptors' rules are made of. Each says what it asks for as facts (the
// message tables word them) and tests a value; `opt` lets the field be left out. Checks that one
// API alone uses live in its descriptor's module, so that an app ships only the ones it calls.
import type { RuleCheck } from '../types';

type Params = Record<string, unknown>;

export const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
export const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);
export const listOf = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

/** A check: what it asks for, and the test. */
/* @__NO_SIDE_EFFECTS__ */
export const check = (facts: RuleCheck[0], test: RuleCheck[1]): RuleCheck => [facts, test];

/** The field may be left out. */
/* @__NO_SIDE_EFFECTS__ */
export const opt = (c: RuleCheck): RuleCheck => [c[0], (v, p) => v === undefined || c[1](v, p), 1];

/** The check applies only when `condition` holds for the params. */
/* @__NO_SIDE_EFFECTS__ */
export const when = (condition: (p: Params) => boolean, c: RuleCheck): RuleCheck => [
  c[0],
  (v, p) => !condition(p) || c[1](v, p),
  c[2],
];

export const text: RuleCheck = check({ kind: 'text' }, isText);
export const anyText: RuleCheck = check({ kind: 'string' }, (v) => typeof v === 'string');

/** An array whose items all come from the params' array `list` (e.g. userids from `users`). */
/* @__NO_SIDE_EFFECTS__ */
export const drawnFrom = (list: string): RuleCheck =>
  check({ kind: 'drawnFrom', list }, (v, p) => !!listOf(v)?.every((item) => listOf(p[list])?.includes(item)));

/** An array of non-empty strings, at least `min` long. */
/* @__NO_SIDE_EFFECTS__ */
export const texts = (min = 1): RuleCheck =>
  check(
    { kind: 'texts', min },
    (v) => !!listOf(v) && (v as unknown[]).length >= min && (v as unknown[]).every(isText),
  );
