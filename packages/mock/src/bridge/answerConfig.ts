import type { ReadyInfo } from '@dingkit/core';
import type { MockConfigOutcome } from '../MockController';

/**
 * What the simulated client answers `config` asking for `jsApiList`: the ready lists the outcome
 * gives or implies, or (thrown) the client's raw failure.
 */
export function answerConfig(outcome: MockConfigOutcome, jsApiList: readonly string[]): ReadyInfo {
  if (outcome.outcome === 'error') {
    throw { errorCode: outcome.errorCode ?? 52013, errorMessage: outcome.errorMessage ?? '签名校验失败' };
  }
  const { authorizedAPIList: authorized, unauthorizedAPIList: unauthorized } = outcome;
  const denied = unauthorized ?? (authorized ? jsApiList.filter((api) => !authorized.includes(api)) : []);
  return {
    authorizedAPIList: [...(authorized ?? jsApiList.filter((api) => !denied.includes(api)))],
    unauthorizedAPIList: [...denied],
  };
}
