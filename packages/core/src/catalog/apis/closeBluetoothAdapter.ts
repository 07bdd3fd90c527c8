import { api } from '../api';
import { nuvaAction } from '../nuvaAction';

export const closeBluetoothAdapter = /* @__PURE__ */ api('closeBluetoothAdapter', 'AI', '4.6.38 - 7.0.0', {
  calls: 'runtime.h5nuvabridge.exec',
  send: nuvaAction('closeBluetoothAdapter'),
});
