// A stand-in for DingTalk's server API (https://oapi.dingtalk.com), in this process: the server
// uses it while DINGTALK_APP_KEY is not set, so the app and its tests run without credentials.
// Its signatures are checked by this app's tests and accepted by the mocked DingTalk of Storybook;
// the real DingTalk client rejects them (52013) because it knows the real ticket.

/** The jsapi_ticket the fake hands out: signatures are sha1 over it, the nonce, the time and the URL. */
export const fakeJsapiTicket = 'fake-jsapi-ticket';

/** Whom every auth code belongs to. */
export const fakeUser = { userid: 'fake-user-0001', name: '测试用户', title: '产品经理', dept_id_list: [1] };

const ok = (body: Record<string, unknown>) => Response.json({ errcode: 0, errmsg: 'ok', ...body });

/** A `fetch` that answers the four DingTalk endpoints `@dingkit/server` calls. */
export const fakeDingTalkFetch: typeof fetch = async (input) => {
  const { pathname } = new URL(input instanceof Request ? input.url : String(input));
  switch (pathname) {
    case '/gettoken':
      return ok({ access_token: 'fake-access-token', expires_in: 7200 });
    case '/get_jsapi_ticket':
      return ok({ ticket: fakeJsapiTicket, expires_in: 7200 });
    case '/topapi/v2/user/getuserinfo':
      return ok({ result: { userid: fakeUser.userid, name: fakeUser.name, sys: false, sys_level: 0 } });
    case '/topapi/v2/user/get':
      return ok({ result: fakeUser });
    default:
      return Response.json({ errcode: 404, errmsg: `${pathname} is not faked` }, { status: 404 });
  }
};
