import type { ReadyInfo } from '../types';

const names = (value: unknown): string[] | undefined =>
  Array.isArray(value)
    ? value.filter((name): name is string => typeof name === 'string' && name !== '')
    : undefined;

/**
 * What `ready` reports, from the client's answer to the handshake. Clients that answer without
 * lists authorised everything asked for. Empty names are dropped (the PC docs show
 * `unauthorizedAPIList: ['']` for "none").
 */
export function toReadyInfo(raw: unknown, jsApiList: readonly string[]): ReadyInfo {
  const body = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const unauthorizedAPIList = names(body.unauthorizedAPIList) ?? [];
  const authorizedAPIList =
    names(body.authorizedAPIList) ?? jsApiList.filter((api) => !unauthorizedAPIList.includes(api));
  return { authorizedAPIList, unauthorizedAPIList };
}
