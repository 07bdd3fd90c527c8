import { api } from '../api';
import { nuvaAction } from '../nuvaAction';

export const readBLECharacteristicValue = /* @__PURE__ */ api(
  'readBLECharacteristicValue',
  'AI',
  '4.6.38 - 7.0.0',
  {
    calls: 'runtime.h5nuvabridge.exec',
    send: nuvaAction('readBLECharacteristicValue'),
  },
);
