import { api } from '../api';

export const uiInputPlain = /* @__PURE__ */ api('ui.input.plain', 'AI~', '2.4.0 - 7.0.0');
