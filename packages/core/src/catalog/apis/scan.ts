import { api } from '../api';
import { oneOf } from '../choiceRules';

export const scan = /* @__PURE__ */ api('scan', 'AI~', '6.0.0 - 7.0.0', {
  calls: 'biz.util.scan',
  rules: [['type', oneOf('qr', 'bar', 'all')]],
  // biz.util.scan's types on iOS and Android (HarmonyOS takes the newer ones).
  send: (p, platform) =>
    platform === 'ios' || platform === 'android'
      ? { ...p, type: p.type === 'qr' ? 'qrCode' : p.type === 'bar' ? 'barCode' : 'all' }
      : p,
});
