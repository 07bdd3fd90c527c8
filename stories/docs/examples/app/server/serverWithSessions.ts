// server/serverWithSessions.ts — Node http: the DingTalk routes, and an API that needs a session.
import { createServer } from 'node:http';
import { toNodeHandler } from '@dingkit/server/node';
import { dingtalk } from './dingtalk';
import { withSessions } from './sessionHandler';
import { sessionOf } from './sessions';

const handleDingTalk = toNodeHandler(withSessions(dingtalk.handler));

createServer((request, response) => {
  if (request.url?.startsWith('/api/dingtalk/')) {
    void handleDingTalk(request, response);
    return;
  }
  if (request.url === '/api/me') {
    const session = sessionOf(request.headers.authorization);
    response.writeHead(session ? 200 : 401, { 'content-type': 'application/json' });
    response.end(JSON.stringify(session ?? { error: 'UNAUTHENTICATED' }));
    return;
  }
  response.writeHead(404).end();
}).listen(3000);
