import { api } from '../api';

export const complexChoose = /* @__PURE__ */ api('complexChoose', 'AIP+~', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.contact.complexPicker',
});
