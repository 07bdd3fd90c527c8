// server/expressWithSessions.ts — the same with Express.
import { toNodeHandler } from '@dingkit/server/node';
import express from 'express';
import { dingtalk } from './dingtalk';
import { withSessions } from './sessionHandler';
import { sessionOf } from './sessions';

const app = express();

// GET /api/dingtalk/signature and POST /api/dingtalk/auth (→ { token, user }).
app.use('/api/dingtalk', toNodeHandler(withSessions(dingtalk.handler)));

app.get('/api/me', (request, response) => {
  const session = sessionOf(request.headers.authorization);
  if (session) response.json(session);
  else response.status(401).json({ error: 'UNAUTHENTICATED' });
});

app.listen(3000);
