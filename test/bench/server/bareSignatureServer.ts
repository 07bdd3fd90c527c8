// The yardstick for the server bench: the least a signature endpoint can do on Node's http —
// read `url`, sha1 with node:crypto, answer JSON. No checks, no cache, no framework.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const ticket = 'bench-ticket-0123456789abcdef';

createServer((request, response) => {
  // The CPU time this process used so far, for the bench to measure the cost per request.
  if (request.url === '/cpu') return void response.end(JSON.stringify(process.cpuUsage()));
  const url = new URL(request.url ?? '/', 'http://localhost').searchParams.get('url') ?? '';
  const nonceStr = randomBytes(8).toString('hex');
  const timeStamp = Math.floor(Date.now() / 1000);
  const signature = createHash('sha1')
    .update(`jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timeStamp}&url=${url.split('#')[0]}`)
    .digest('hex');
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ agentId: '1001', corpId: 'ding-corp', timeStamp, nonceStr, signature }));
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
