// The server bench's subject: @dingkit/server's handler through its Node adapter, as the README
// wires it, with DingTalk answered in memory (the token and ticket are fetched once, then cached).
import { createServer } from 'node:http';
import { createDingTalkServer } from '@dingkit/server';
import { toNodeHandler } from '@dingkit/server/node';

const dingtalk = createDingTalkServer({
  appKey: 'bench-key',
  appSecret: 'bench-secret',
  agentId: '1001',
  corpId: 'ding-corp',
  allowedOrigins: ['https://app.example.com'],
  fetch: async (input) => {
    const { pathname } = new URL(String(input));
    if (pathname === '/gettoken')
      return Response.json({ errcode: 0, access_token: 'bench-token', expires_in: 7200 });
    return Response.json({ errcode: 0, ticket: 'bench-ticket-0123456789abcdef', expires_in: 7200 });
  },
});
await dingtalk.getJsapiTicket();

const handleDingTalk = toNodeHandler(dingtalk.handler);
createServer((request, response) => {
  // The CPU time this process used so far, for the bench to measure the cost per request.
  if (request.url === '/cpu') return void response.end(JSON.stringify(process.cpuUsage()));
  return handleDingTalk(request, response);
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
