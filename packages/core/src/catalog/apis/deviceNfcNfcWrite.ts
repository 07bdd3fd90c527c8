import { api } from '../api';

export const deviceNfcNfcWrite = /* @__PURE__ */ api('device.nfc.nfcWrite', 'A+~', '2.11.0 - 7.0.0');
