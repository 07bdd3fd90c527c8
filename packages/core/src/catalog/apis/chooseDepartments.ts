import { api } from '../api';

export const chooseDepartments = /* @__PURE__ */ api('chooseDepartments', 'AIP+~', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.contact.departmentsPicker',
});
