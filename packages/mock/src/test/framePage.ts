// A page that runs inside MockDingTalkHost's modal or slide panel iframe in the browser tests,
// with its own mock bridge, as an app's modal page would. `?title=` retitles the frame,
// `?left=` names the slide panel's left button, `?quit=` is the message it quits with.
import { createMockBridge } from '../createMockBridge';

const { bridge } = createMockBridge();
const query = new URLSearchParams(location.search);
const status = document.getElementById('status') as HTMLElement;

const button = (text: string, onClick: () => void) => {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  document.body.append(element);
};

bridge.on('leftBtnClick', () => {
  status.textContent = 'left button clicked';
});
const title = query.get('title');
if (title !== null) void bridge.call('biz.navigation.setTitle', { title });
const left = query.get('left');
if (left !== null) void bridge.call('biz.navigation.setLeft', { text: left });
button('quit', () => {
  void bridge.call('biz.navigation.quit', { message: query.get('quit') ?? '' });
});
status.textContent = 'ready';
