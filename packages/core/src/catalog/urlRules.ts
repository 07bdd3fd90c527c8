// The URL checks of the descriptors that take one.
import type { RuleCheck } from '../types';
import { check } from './rules';

const parses = (v: unknown, base?: string): boolean => {
  try {
    return typeof v === 'string' && !!new URL(v, base);
  } catch {
    return false;
  }
};
const isHttpUrl = (v: unknown) => parses(v) && /^https?:/i.test(v as string);

/** An absolute URL. */
export const url: RuleCheck = check({ kind: 'url' }, (v) => parses(v));
/** An absolute http(s) URL. */
export const httpUrl: RuleCheck = check({ kind: 'httpUrl' }, isHttpUrl);
/** An http(s) URL, absolute or protocol-relative (`//example.com/a.pdf`). */
export const downloadUrl: RuleCheck = check(
  { kind: 'downloadUrl' },
  (v) => isHttpUrl(v) || (/^\/\/[^/]/.test(v as string) && parses(v, 'https://h')),
);
