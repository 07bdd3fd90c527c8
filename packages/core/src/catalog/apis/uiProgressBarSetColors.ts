import { api } from '../api';

export const uiProgressBarSetColors = /* @__PURE__ */ api('ui.progressBar.setColors', 'AI', '2.4.0 - 7.0.0');
