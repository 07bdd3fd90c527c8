import { DingTalkError } from '../DingTalkError';
import type { ApiDescriptor } from '../types';
import { isObject } from './rules';

/**
 * Throws `INVALID_PARAMS` when params break one of the API's documented limits, before anything
 * reaches the client: `field` names the offending field, `details.rule` what it must be and
 * `details.received` what it was. APIs without documented limits only need an object.
 */
export function validate({ name, rules = [] }: ApiDescriptor, params: unknown): void {
  if (!isObject(params)) {
    throw new DingTalkError('INVALID_PARAMS', { api: name, details: { reason: 'params', received: params } });
  }
  for (const [field, [facts, test, optional]] of rules) {
    const value = field.split('.').reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), params);
    if (test(value, params)) continue;
    throw new DingTalkError('INVALID_PARAMS', {
      api: name,
      field,
      details: {
        rule: typeof facts === 'function' ? facts(params) : facts,
        received: value,
        optional: !!optional,
      },
    });
  }
}
