import { api } from '../api';

export const utilDomainStorageSetItem = /* @__PURE__ */ api(
  'util.domainStorage.setItem',
  'AI',
  '2.9.0 4.6.9 7.0.0',
);
