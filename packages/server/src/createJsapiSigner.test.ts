import { type SignInput, sign } from '@dingkit/core';
import { describe, expect, it } from 'vitest';
import { createJsapiSigner, findNodeSha1 } from './createJsapiSigner';

// The worked example of DingTalk's signature algorithm (jsapi-appendix).
const documented: SignInput = {
  jsapi_ticket: 'mS5k98fdkdgDKxkXGEs8LORVREiweeWETE40P37wkidkfksDSKDJFD5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcKIDU8l',
  noncestr: 'Zn4zmLFKD0wzilzM',
  timestamp: 1414588745,
  url: 'http://open.dingtalk.com',
};

const inputs: SignInput[] = [
  documented,
  {
    jsapi_ticket: 'ticket-2',
    noncestr: 'abc',
    timestamp: '1700000000',
    url: 'https://app.example.com/页面?q=中&x=1',
  },
  { jsapi_ticket: 'ticket-3', noncestr: 'A1b2C3d4E5f6G7h8', timestamp: 0, url: 'http://localhost:5173/#/x' },
];

describe('createJsapiSigner', () => {
  it('finds node:crypto in Node', () => {
    expect(findNodeSha1()).toBeTypeOf('function');
  });

  it('reproduces the worked example with node:crypto, synchronously', () => {
    expect(createJsapiSigner(findNodeSha1())(documented)).toBe('10de2b0a6763ec3685a50272b5b0eb2848098dc2');
  });

  it('falls back to Web Crypto where node:crypto does not exist', async () => {
    const signer = createJsapiSigner(undefined);
    const result = signer(documented);
    expect(result).toBeInstanceOf(Promise);
    await expect(result).resolves.toBe('10de2b0a6763ec3685a50272b5b0eb2848098dc2');
  });

  it.each(inputs)('signs %j exactly as sign() of @dingkit/core does', async (input) => {
    expect(createJsapiSigner(findNodeSha1())(input)).toBe(await sign(input));
  });
});
