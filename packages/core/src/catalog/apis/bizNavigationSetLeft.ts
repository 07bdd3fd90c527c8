import { api } from '../api';
import { flag } from '../choiceRules';
import { anyText, opt } from '../rules';
import { mobileDefaults } from '../send';

// Android too, though the handbook's table says no: dingtalk-jsapi registers it there from 2.4.0
// (with the same mobile defaults), and its `android` param exists for the Android back button.
export const bizNavigationSetLeft = /* @__PURE__ */ api(
  'biz.navigation.setLeft',
  'AIP~',
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
