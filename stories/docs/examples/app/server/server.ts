// server/server.ts — GET /api/dingtalk/signature?url=… and POST /api/dingtalk/auth
import { createServer } from 'node:http';
import { toNodeHandler } from '@dingkit/server/node';
import { dingtalk } from './dingtalk';

const handleDingTalk = toNodeHandler(dingtalk.handler);

createServer((request, response) => {
  if (request.url?.startsWith('/api/dingtalk/')) {
    void handleDingTalk(request, response);
    return;
  }
  response.writeHead(404).end();
}).listen(3000);
