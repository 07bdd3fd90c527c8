import { api } from '../api';

export const onBLEPeripheralCharacteristicWriteRequest = /* @__PURE__ */ api(
  'onBLEPeripheralCharacteristicWriteRequest',
  'AI',
  '7.6.10 - 7.0.0',
  { calls: 'biz.realm.onBLEPeripheralCharacteristicWriteRequest' },
);
