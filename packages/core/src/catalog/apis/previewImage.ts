import { api } from '../api';
import { check, listOf, opt, texts } from '../rules';

export const previewImage = /* @__PURE__ */ api('previewImage', 'AIP~', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.util.previewImage',
  rules: [
    ['urls', texts()],
    [
      'current',
      opt(
        check(
          { kind: 'indexOf', list: 'urls' },
          (v, p) =>
            Number.isInteger(v) && (v as number) >= 0 && (v as number) < (listOf(p.urls)?.length ?? 0),
        ),
      ),
    ],
  ],
  // The PC client takes the URL shown first; the mobile clients its index.
  send: (p, platform) =>
    platform === 'pc' && typeof p.current === 'number' ? { ...p, current: listOf(p.urls)?.[p.current] } : p,
});
