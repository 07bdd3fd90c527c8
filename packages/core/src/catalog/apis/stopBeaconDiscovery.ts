import { api } from '../api';
import { nuvaAction } from '../nuvaAction';

export const stopBeaconDiscovery = /* @__PURE__ */ api('stopBeaconDiscovery', 'AI', '4.6.38 - 7.0.0', {
  calls: 'runtime.h5nuvabridge.exec',
  send: nuvaAction('stopBeaconDiscovery'),
});
