// R: the floor for the first paint. The same page with React alone; the app asks DingTalk only
// after its first frame, with B2's code (its ask.ts) loaded then. No app that renders this page
// with React paints sooner: what A and A′ add over R is what dingkit costs before the page shows.
import { fail, mount, Page } from '../shared';

mount(<Page />);
// After the frame that paints the page: a task queued from inside requestAnimationFrame runs
// once that frame is done.
requestAnimationFrame(() =>
  setTimeout(() => {
    import('../b2/ask').then(({ ask }) => ask((answer) => mount(<Page answer={answer} />)), fail);
  }),
);
