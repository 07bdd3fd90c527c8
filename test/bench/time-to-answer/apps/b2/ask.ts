// B2's handshake and confirm, as DingTalk's docs write them with dingtalk-jsapi's per-API modules:
// the core with every platform, and one API. R loads the same module after its first frame.

// The named export: under Vite the default import of this CommonJS module is the module object.
import { confirm$ as confirm } from 'dingtalk-jsapi/api/device/notification/confirm';
import * as dd from 'dingtalk-jsapi/entry/union';
import { fail, fetchSignature, mark, pageUrl, question } from '../plain';

/** Signs, configures and asks; `show` gets the button the user chose. */
export function ask(show: (answer: number) => void): void {
  fetchSignature(pageUrl()).then((signature) => {
    dd.config({ ...signature, jsApiList: ['device.notification.confirm'] });
    dd.error(fail);
    dd.ready(() => {
      mark('ready');
      confirm(question).then((result) => {
        mark('answer');
        show(result.buttonIndex);
      }, fail);
    });
  }, fail);
}
