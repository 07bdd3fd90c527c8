// The rules of biz.ding.post and biz.ding.create: the alert date, written as its format says,
// and the attachment of either kind.
import type { Rule, RuleFacts } from '../types';
import { check, isObject, isText, text, texts, when } from './rules';
import { httpUrl } from './urlRules';

type Params = Record<string, unknown>;

// Date patterns of biz.ding.post/create: yyyy MM dd HH mm ss; everything else is literal.
const tokens: Record<string, readonly [sample: string, min: number, max: number]> = {
  yyyy: ['2015', 1000, 9999],
  MM: ['05', 1, 12],
  dd: ['09', 1, 31],
  HH: ['08', 0, 23],
  mm: ['00', 0, 59],
  ss: ['00', 0, 59],
};
const tokenPattern = /yyyy|MM|dd|HH|mm|ss/g;
function matchesFormat(value: unknown, format: unknown): boolean {
  if (typeof value !== 'string' || !isText(format)) return false;
  const order: string[] = [];
  const source = format.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(tokenPattern, (token) => {
    order.push(token);
    return `(\\d{${token.length}})`;
  });
  const match = new RegExp(`^${source}$`).exec(value);
  if (!match || !order.length) return false;
  const parts: Record<string, number> = {};
  for (const [i, token] of order.entries()) {
    const n = Number(match[i + 1]);
    const [, min, max] = tokens[token]!;
    if (n < min || n > max) return false;
    parts[token] = n;
  }
  // The last day of that month; without a year in the pattern, 29 February is allowed.
  return (parts.dd ?? 1) <= new Date(Date.UTC(parts.yyyy ?? 2000, parts.MM ?? 1, 0)).getUTCDate();
}

/** `field` (an object `{ format, value }`) with a real date written as its format says. */
/* @__NO_SIDE_EFFECTS__ */
export const dateFields = (field: string): Rule[] => {
  const format = (p: Params) => (p[field] as Params | undefined)?.format;
  const facts = (p: Params): RuleFacts => {
    const f = format(p);
    return { kind: 'date', field, example: isText(f) ? f.replace(tokenPattern, (t) => tokens[t]![0]) : '' };
  };
  return [
    [field, check({ kind: 'object', shape: '{ format, value }' }, isObject)],
    [`${field}.format`, text],
    [`${field}.value`, [facts, (v, p) => matchesFormat(v, format(p))]],
  ];
};

const isType = (type: number) => (p: Params) => p.type === type;

/** A DING's attachment: `{ images }` for type 1, a link card `{ title, url }` for type 2. */
export const attachmentRules: Rule[] = [
  ['attachment', check({ kind: 'attachment' }, isObject)],
  ['attachment.images', when(isType(1), texts())],
  ['attachment.title', when(isType(2), text)],
  ['attachment.url', when(isType(2), httpUrl)],
];

/** `rules`, each checked only when `condition` holds for the params. */
/* @__NO_SIDE_EFFECTS__ */
export const rulesWhen = (condition: (p: Params) => boolean, rules: readonly Rule[]): Rule[] =>
  rules.map(([field, c]): Rule => [field, when(condition, c)]);
