import { noop } from '../../noop';
import { api } from '../api';

export const openLocalFile = /* @__PURE__ */ api('openLocalFile', 'P', '- 6.0.0', {
  calls: 'biz.util.openLocalFile',
  // As `biz.util.openLocalFile`: whatever the client answers, an opened file resolves with nothing.
  result: noop,
});
