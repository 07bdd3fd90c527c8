// server/sessionRoute.ts — or exchange the code in a route of your own, with getUserByAuthCode.
import { isDingTalkServerError } from '@dingkit/server';
import express from 'express';
import { dingtalk } from './dingtalk';
import { openSession } from './sessions';

export const sessionRoute = express.Router();

sessionRoute.post('/api/session', express.json(), async (request, response) => {
  try {
    const user = await dingtalk.getUserByAuthCode(request.body?.code);
    response.json({ token: openSession(user), user: { userid: user.userid, name: user.name } });
  } catch (error) {
    if (!isDingTalkServerError(error)) throw error;
    // INVALID_INPUT: no code or a malformed one. API_ERROR: DingTalk refused it (used or expired).
    const status = error.code === 'INVALID_INPUT' ? 400 : 502;
    response.status(status).json({ error: error.code, message: error.message });
  }
});
