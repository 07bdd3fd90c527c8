import { api } from '../api';

export const readNFC = /* @__PURE__ */ api('readNFC', 'A~', '6.0.0/- - 7.0.0', {
  calls: 'device.nfc.nfcRead',
});
