import { api } from '../api';

export const customChooseUsers = /* @__PURE__ */ api('customChooseUsers', 'AI+~', '6.0.0 - 7.0.0', {
  calls: 'biz.customContact.multipleChoose',
});
