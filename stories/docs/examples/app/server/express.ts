// server/express.ts — the signature endpoint with Express.
import { toNodeHandler } from '@dingkit/server/node';
import express from 'express';
import { dingtalk } from './dingtalk';

const app = express();

// GET /api/dingtalk/signature?url=… and POST /api/dingtalk/auth. Mounted before or after
// express.json(): the adapter reads an already parsed body too.
app.use('/api/dingtalk', toNodeHandler(dingtalk.handler));

app.listen(3000);
