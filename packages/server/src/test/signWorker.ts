// A separate server process for the multi-process Redis test: it connects, says "ready", waits
// for "go" on stdin so that all processes start together, signs SIGN_COUNT URLs at once and
// prints the results as one JSON line.
import { createInterface } from 'node:readline';
import { createClient } from 'redis';
import { createDingTalkServer } from '../createDingTalkServer';
import { createRedisStore } from '../createRedisStore';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const client = await createClient({ url: env('REDIS_URL') }).connect();
const dingtalk = createDingTalkServer({
  appKey: env('APP_KEY'),
  appSecret: env('APP_SECRET'),
  agentId: '253441237',
  corpId: 'dingcorp1234',
  allowedOrigins: ['https://app.example.com'],
  baseUrl: env('DINGTALK_BASE_URL'),
  store: createRedisStore(client),
});

process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() === 'go') break;
}
lines.close();

const count = Number(process.env.SIGN_COUNT ?? '20');
const results = await Promise.all(
  Array.from({ length: count }, (_, index) =>
    dingtalk.signUrl(`https://app.example.com/page/${process.pid}/${index}`),
  ),
);
process.stdout.write(`${JSON.stringify({ pid: process.pid, results })}\n`);
await client.quit();
