import type { Rule } from '../types';
import { flag, positive } from './choiceRules';
import { anyText, opt, text, texts } from './rules';

/** The rules of the pickers of people: a corpId, the most that may be picked in `max`, and lists of userids. */
/* @__NO_SIDE_EFFECTS__ */
export const pickerRules = (max: string, ...lists: string[]): Rule[] => [
  ['corpId', text],
  ['title', opt(anyText)],
  ['multiple', opt(flag)],
  [max, opt(positive)],
  ...lists.map((field): Rule => [field, opt(texts(0))]),
];
