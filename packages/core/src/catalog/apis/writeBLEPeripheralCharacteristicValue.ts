import { api } from '../api';

export const writeBLEPeripheralCharacteristicValue = /* @__PURE__ */ api(
  'writeBLEPeripheralCharacteristicValue',
  'AI',
  '7.6.10 - 7.0.0',
  { calls: 'biz.realm.writeBLEPeripheralCharacteristicValue' },
);
