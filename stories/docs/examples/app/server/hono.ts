// server/hono.ts — the same handler in Hono (or any server built on the Fetch API).
import { Hono } from 'hono';
import { dingtalk } from './dingtalk';

const app = new Hono();

app.all('/api/dingtalk/*', (c) => dingtalk.handler(c.req.raw));

export default app;
