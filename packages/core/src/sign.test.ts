import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sign } from './sign';
import { signatureUrl } from './signatureUrl';

const example = {
  noncestr: 'Zn4zmLFKD0wzilzM',
  jsapi_ticket: 'mS5k98fdkdgDKxkXGEs8LORVREiweeWETE40P37wkidkfksDSKDJFD5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcKIDU8l',
  timestamp: '1414588745',
  url: 'http://open.dingtalk.com',
};

describe('sign', () => {
  it('signs the worked example of the JS-API signature algorithm', async () => {
    const plain = `jsapi_ticket=${example.jsapi_ticket}&noncestr=${example.noncestr}&timestamp=${example.timestamp}&url=${example.url}`;
    const expected = createHash('sha1').update(plain).digest('hex');
    await expect(sign(example)).resolves.toBe(expected);
    expect(expected).toBe('10de2b0a6763ec3685a50272b5b0eb2848098dc2');
  });

  it('gives the same signature for a numeric timestamp', async () => {
    await expect(sign({ ...example, timestamp: 1414588745 })).resolves.toBe(await sign(example));
  });
});

describe('signatureUrl', () => {
  it('drops the hash and what follows, and nothing else', () => {
    expect(signatureUrl('https://a.example.com:8443/app/?x=%E4%B8%AD#/list?y=1')).toBe(
      'https://a.example.com:8443/app/?x=%E4%B8%AD',
    );
    expect(signatureUrl('https://a.example.com/app')).toBe('https://a.example.com/app');
  });
});
