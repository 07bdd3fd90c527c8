import { api } from '../api';

export const deviceNfcNfcRead = /* @__PURE__ */ api('device.nfc.nfcRead', 'A~', '2.11.0 - 7.0.0');
