// R's handshake and confirm, loaded after its first frame: B2's code (per-API imports).
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
