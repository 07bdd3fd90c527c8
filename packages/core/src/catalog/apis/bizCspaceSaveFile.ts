import { api } from '../api';

export const bizCspaceSaveFile = /* @__PURE__ */ api('biz.cspace.saveFile', 'AI+~', '2.7.6 - 7.0.0');
