// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('@dingkit/mock on a server', () => {
  it('imports, creates a bridge and renders the host without a DOM', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const { createMockBridge, MockDingTalkHost } = await import('./index');
    const { bridge, controller } = createMockBridge();
    expect(controller.org.users.length).toBeGreaterThanOrEqual(30);
    // Nothing is shown before the host mounts in a browser.
    expect(renderToString(<MockDingTalkHost bridge={bridge} />)).toBe('');
    await expect(bridge.call('biz.util.openLink', { url: 'https://example.com' })).resolves.toBeUndefined();
  });
});
