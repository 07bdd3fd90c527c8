import { api } from '../api';

export const onBLEPeripheralConnectionStateChanged = /* @__PURE__ */ api(
  'onBLEPeripheralConnectionStateChanged',
  'A',
  '7.6.10/- - 7.0.0',
  { calls: 'biz.realm.onBLEPeripheralConnectionStateChanged' },
);
