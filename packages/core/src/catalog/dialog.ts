// What confirm and prompt share: the rules of a dialog with a message and buttons, and explicit
// buttonLabels.
import type { Platform, Rule } from '../types';
import { anyText, opt, text, texts } from './rules';

type Params = Record<string, unknown>;

/** The rules of the dialogs with a message and buttons. */
export const dialogRules: Rule[] = [
  ['message', text],
  ['title', opt(anyText)],
  ['buttonLabels', opt(texts())],
];

/**
 * The params to send: explicit `buttonLabels` (OK first, as on PC, when the call names none: the
 * package's own defaults differ by entry point, which flips the meaning of `buttonIndex`), and
 * on iOS and Android (and HarmonyOS, where the API's module says so) the package's empty title.
 */
/* @__NO_SIDE_EFFECTS__ */
export const withButtonLabels =
  (harmony?: 'harmony') =>
  (params: Params, platform: Platform): Params => ({
    ...(platform === 'ios' || platform === 'android' || platform === harmony ? { title: '' } : undefined),
    ...params,
    buttonLabels: params.buttonLabels ?? ['确定', '取消'],
  });
