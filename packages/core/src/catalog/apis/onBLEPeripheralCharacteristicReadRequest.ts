import { api } from '../api';

export const onBLEPeripheralCharacteristicReadRequest = /* @__PURE__ */ api(
  'onBLEPeripheralCharacteristicReadRequest',
  'AI',
  '7.6.10 - 7.0.0',
  { calls: 'biz.realm.onBLEPeripheralCharacteristicReadRequest' },
);
