import { api } from '../api';

export const nfcReadCardNumber = /* @__PURE__ */ api('nfcReadCardNumber', 'A', '7.0.60/- - 7.0.0', {
  calls: 'device.nfc.nfcReadCardNumber',
});
