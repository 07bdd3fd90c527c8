import { api } from '../api';
import { nuvaAction } from '../nuvaAction';

export const openBluetoothAdapter = /* @__PURE__ */ api('openBluetoothAdapter', 'AI~', '4.6.38 - 7.0.0', {
  calls: 'runtime.h5nuvabridge.exec',
  send: nuvaAction('openBluetoothAdapter'),
});
