export { actionSheet } from './actionSheet';
export { answer } from './answer';
export type { AnswerOptions } from './answerPending';
export { cancel } from './cancel';
export { type ChooseContactsOptions, chooseContacts } from './chooseContacts';
export { chooseDepartments } from './chooseDepartments';
export { confirm } from './confirm';
export {
  createDingTalkWrapper,
  type DingTalkMock,
  type DingTalkWrapper,
  type DingTalkWrapperOptions,
  type MockHandshake,
} from './createDingTalkWrapper';
export { type PromptOptions, prompt } from './prompt';
export {
  type RenderedWith,
  type RenderFunction,
  type RenderWithDingTalkOptions,
  type RenderWithDingTalkResult,
  renderWithDingTalk,
} from './renderWithDingTalk';
export { uploadImages } from './uploadImages';
