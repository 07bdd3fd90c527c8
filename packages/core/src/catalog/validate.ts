import type { ApiName } from './ApiMap';

/** Throws `INVALID_PARAMS` naming the API, the field and the rule when params break a documented limit. */
// TODO(catalog): the rules.
export function validateParams(_api: ApiName | string, _params: unknown): void {}
