import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildSources } from '../support/sourceEntries';

// Strings that only @dingkit/server contains: its DingTalk endpoints and its error class.
const serverMarkers = ['/gettoken', '/get_jsapi_ticket', '/user/getuserinfo', 'DingTalkServerError'];

const entry = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

async function bundle(path: string, platform: 'browser' | 'node'): Promise<string> {
  const result = await build({
    entryPoints: [entry(path)],
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    plugins: [esbuildSources],
    external: ['react', 'react-dom', 'react/jsx-runtime', 'dingtalk-jsapi', 'dingtalk-jsapi/*', '*.css'],
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => file.text).join('\n');
}

describe('client bundles', () => {
  it('the server bundle has the markers (so their absence below means something)', async () => {
    const server = await bundle('packages/server/src/index.ts', 'node');
    for (const marker of serverMarkers) expect(server).toContain(marker);
  });

  it.each([
    ['@dingkit/core', 'packages/core/src/index.ts'],
    ['@dingkit/react', 'packages/react/src/index.ts'],
  ])('%s built for the browser contains nothing from @dingkit/server', async (_, path) => {
    const client = await bundle(path, 'browser');
    expect(client.length).toBeGreaterThan(0);
    for (const marker of serverMarkers) expect(client).not.toContain(marker);
  });
});
