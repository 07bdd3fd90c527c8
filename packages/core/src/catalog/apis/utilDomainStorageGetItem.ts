import { api } from '../api';

export const utilDomainStorageGetItem = /* @__PURE__ */ api(
  'util.domainStorage.getItem',
  'AI',
  '2.9.0 4.6.29 7.0.0',
);
