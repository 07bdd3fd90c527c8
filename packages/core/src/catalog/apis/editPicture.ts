import { api } from '../api';

export const editPicture = /* @__PURE__ */ api('editPicture', 'AI~', '7.1.21 - 7.0.0', {
  calls: 'biz.util.editPicture',
});
