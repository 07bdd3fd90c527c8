import { api } from '../api';

export const bizUtilChosen = /* @__PURE__ */ api('biz.util.chosen', 'AI~', '2.4.0 - 7.0.0');
