import { api } from '../api';

export const externalChannelPublish = /* @__PURE__ */ api('ExternalChannelPublish', 'P', '- 7.0.50', {
  calls: 'biz.channel.externalChannelPublish',
});
