// B: the plain app as DingTalk's docs show it: the whole package, config, then ready.
import * as dd from 'dingtalk-jsapi';
import { fail, fetchSignature, mark, mount, Page, pageUrl, question } from '../shared';

const render = (answer?: number) => mount(<Page answer={answer} />);

fetchSignature(pageUrl()).then((signature) => {
  dd.config({ ...signature, jsApiList: ['device.notification.confirm'] });
  dd.error(fail);
  dd.ready(() => {
    mark('ready');
    dd.device.notification.confirm(question).then((result) => {
      mark('answer');
      render(result.buttonIndex);
    }, fail);
  });
}, fail);
render();
