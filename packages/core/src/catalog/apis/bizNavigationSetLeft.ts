import { api } from '../api';
import { flag } from '../choiceRules';
import { anyText, opt } from '../rules';
import { mobileDefaults } from '../send';

export const bizNavigationSetLeft = /* @__PURE__ */ api(
  'biz.navigation.setLeft',
  'IP~',
  '2.4.0 2.5.0 7.0.0',
  {
    rules: [
      ['text', anyText],
      ['control', opt(flag)],
      ['android', opt(flag)],
    ],
    send: mobileDefaults({ watch: true, show: true, control: false, showIcon: true, text: '' }),
  },
);
