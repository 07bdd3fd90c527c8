import { api } from '../api';

export const chooseDingTalkDir = /* @__PURE__ */ api('chooseDingTalkDir', 'AIP+~', '6.0.0 6.0.0 7.0.0', {
  calls: 'biz.cspace.chooseSpaceDir',
});
