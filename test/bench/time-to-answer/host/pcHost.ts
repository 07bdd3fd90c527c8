// The emulated DingTalk PC client: the top page, at an `*.dingtalk.com` origin, frames the app
// (`?app=<url>`) and answers the requests dingtalk-jsapi posts to it, as the client's own host
// does: `config` after a delay, every other call at once. Bundled into the host page.
import { clientVersion, configDelayMs, containerId, type HostLog } from '../setup';

interface Request {
  type: 'request';
  msgId: number | string;
  containerId: string;
  methodName: string;
  body?: { jsApiList?: string[] };
}

const isRequest = (data: unknown): data is Request =>
  typeof data === 'object' &&
  data !== null &&
  (data as Request).type === 'request' &&
  (data as Request).containerId === containerId &&
  typeof (data as Request).methodName === 'string';

const answers: Record<string, (request: Request) => unknown> = {
  config: (request) => ({ authorizedAPIList: request.body?.jsApiList ?? [], unauthorizedAPIList: [] }),
  'device.notification.confirm': () => ({ buttonIndex: 0 }),
};

const app = new URL(new URLSearchParams(location.search).get('app') ?? '', location.href);
const log: HostLog = { timeOrigin: performance.timeOrigin, requests: [] };
window.__ttaHost = log;

window.addEventListener('message', (event) => {
  const request: unknown = event.data;
  if (event.origin !== app.origin || !isRequest(request) || !event.source) return;
  // The package's own housekeeping: its event channel (SYS_openAPIContainerInitEvent) stays open, unanswered.
  if (request.methodName.startsWith('SYS_')) return;
  const entry: HostLog['requests'][number] = { method: request.methodName, received: performance.now() };
  log.requests.push(entry);
  const respond = () => {
    entry.answered = performance.now();
    (event.source as Window).postMessage(
      {
        type: 'response',
        msgId: request.msgId,
        success: true,
        body: answers[request.methodName]?.(request) ?? {},
      },
      event.origin,
    );
  };
  if (request.methodName === 'config') setTimeout(respond, configDelayMs);
  else respond();
});

const frame = document.createElement('iframe');
// What the client puts in the frame's window.name: dingtalk-jsapi reads the host from it.
frame.name = JSON.stringify({ containerId, hostOrigin: location.origin, hostVersion: clientVersion });
frame.src = app.href;
frame.title = 'micro-app';
document.body.append(frame);
