// The preview annotations of every story: the decorator and the toolbar menus.
import { dingtalkGlobalTypes, dingtalkInitialGlobals } from './dingtalkGlobalTypes';
import { withDingTalk } from './withDingTalk';

export const decorators = [withDingTalk];
export const globalTypes = dingtalkGlobalTypes;
export const initialGlobals = dingtalkInitialGlobals;
