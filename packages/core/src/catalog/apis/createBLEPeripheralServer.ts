import { api } from '../api';

export const createBLEPeripheralServer = /* @__PURE__ */ api(
  'createBLEPeripheralServer',
  'AI~',
  '7.6.10 - 7.0.0',
  { calls: 'biz.realm.createBLEPeripheralServer' },
);
