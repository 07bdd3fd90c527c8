import { api } from '../api';
import { anyText } from '../rules';

export const bizNavigationSetTitle = /* @__PURE__ */ api(
  'biz.navigation.setTitle',
  'AIP',
  '2.4.0 2.5.0 7.0.0',
  {
    rules: [['title', anyText]],
  },
);
