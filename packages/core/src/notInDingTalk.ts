import { DingTalkError } from './DingTalkError';

/** What a call outside the DingTalk client rejects with. */
export function notInDingTalk(api: string): DingTalkError {
  return new DingTalkError(
    'NOT_IN_DINGTALK',
    `${api} needs the DingTalk client, and this page is not running inside it. Open it from DingTalk, or use @dingkit/mock during development.`,
    { api },
  );
}
