import { api } from '../api';

export const utilDomainStorageRemoveItem = /* @__PURE__ */ api(
  'util.domainStorage.removeItem',
  'AI',
  '2.9.0 4.6.29 7.0.0',
);
