import { api } from '../api';
import { isObject } from '../rules';

export const getNetworkType = /* @__PURE__ */ api('getNetworkType', 'AIP', '6.0.0 6.5.60 7.0.0', {
  calls: 'device.connection.getNetworkType',
  // The legacy answer is `{ result: 'wifi' | '4g' | … | 'none' | 'unknown' }`.
  result: (raw) => {
    const networkType = isObject(raw) && typeof raw.result === 'string' ? raw.result : 'unknown';
    return { networkType, networkAvailable: networkType !== 'none' && networkType !== 'unknown' };
  },
});
