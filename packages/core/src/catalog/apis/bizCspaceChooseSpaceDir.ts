import { api } from '../api';

export const bizCspaceChooseSpaceDir = /* @__PURE__ */ api(
  'biz.cspace.chooseSpaceDir',
  'AI+~',
  '3.5.6 5.1.27 7.0.0',
);
