import { api } from '../api';

export const openPageInWorkBenchForPC = /* @__PURE__ */ api('openPageInWorkBenchForPC', 'P~', '- 6.0.8', {
  calls: 'biz.util.invokeWorkbench',
});
