import { api } from '../api';

export const writeNFC = /* @__PURE__ */ api('writeNFC', 'A+~', '6.0.0/- - 7.0.0', {
  calls: 'device.nfc.nfcWrite',
});
