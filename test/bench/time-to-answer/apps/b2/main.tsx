// B2: B with dingtalk-jsapi's per-API modules (ask.ts), started as the bundle evaluates.
import { mount, Page } from '../shared';
import { ask } from './ask';

const render = (answer?: number) => mount(<Page answer={answer} />);

ask(render);
render();
