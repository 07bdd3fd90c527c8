import type { Rule, RuleCheck } from '../../types';
import { api } from '../api';
import { range } from '../choiceRules';
import { check, isObject, listOf, opt, text, when } from '../rules';

type Params = Record<string, unknown>;

const sources = ['photo', 'camera', 'file', 'space'];

/** Distinct sources, at least one. */
const types: RuleCheck = check(
  { kind: 'sources', values: sources },
  (v) =>
    !!listOf(v)?.length &&
    new Set(v as unknown[]).size === (v as unknown[]).length &&
    (v as unknown[]).every((item) => sources.includes(item as string)),
);

/** Each source the types use needs its object: `image` for photo/camera, `file`, `space`. */
/* @__NO_SIDE_EFFECTS__ */
const sourceRules = (): Rule[] =>
  (
    [
      ['image', ['photo', 'camera']],
      ['file', ['file']],
      ['space', ['space']],
    ] as const
  ).flatMap(([key, used]): Rule[] => {
    const wanted = (p: Params) => !!listOf(p.types)?.some((t) => (used as readonly unknown[]).includes(t));
    const given = (p: Params) => p[key] !== undefined;
    return [
      [key, when(wanted, check({ kind: 'source', sources: used }, isObject))],
      [`${key}.spaceId`, when(given, text)],
      [`${key}.max`, when(given, opt(range(1, 9, { integer: true })))],
    ];
  });

export const bizUtilUploadAttachment = /* @__PURE__ */ api(
  'biz.util.uploadAttachment',
  'AIP+~',
  '2.7.0 3.0.0 7.0.0',
  {
    rules: [['types', types], ...sourceRules(), ['space.corpId', when((p) => p.space !== undefined, text)]],
  },
);
