// B2: B with dingtalk-jsapi's per-API modules: the core with every platform, and one API.

// The named export: under Vite the default import of this CommonJS module is the module object.
import { confirm$ as confirm } from 'dingtalk-jsapi/api/device/notification/confirm';
import * as dd from 'dingtalk-jsapi/entry/union';
import { fail, fetchSignature, mark, mount, Page, pageUrl, question } from '../shared';

const render = (answer?: number) => mount(<Page answer={answer} />);

fetchSignature(pageUrl()).then((signature) => {
  dd.config({ ...signature, jsApiList: ['device.notification.confirm'] });
  dd.error(fail);
  dd.ready(() => {
    mark('ready');
    confirm(question).then((result) => {
      mark('answer');
      render(result.buttonIndex);
    }, fail);
  });
}, fail);
render();
