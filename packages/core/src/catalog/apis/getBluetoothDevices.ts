import { api } from '../api';
import { nuvaAction } from '../nuvaAction';

export const getBluetoothDevices = /* @__PURE__ */ api('getBluetoothDevices', 'AI', '4.6.38 - 7.0.0', {
  calls: 'runtime.h5nuvabridge.exec',
  send: nuvaAction('getBluetoothDevices'),
});
