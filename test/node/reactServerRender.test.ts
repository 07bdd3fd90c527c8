// A server render of the provider and its hooks: no window, no bridge, status `idle`.
// From source: the node project resolves @dingkit/* to the built dist/.

import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { DingTalkProvider, useConfirm, useDingTalk } from '../../packages/react/src/index';

function Status() {
  const { status, platform, isSupported } = useDingTalk();
  const confirm = useConfirm({ message: 'Delete?' });
  return createElement(
    'p',
    null,
    `Handshake ${status} on ${platform ?? 'unknown'}; confirm ${confirm.status}; alert ${isSupported('device.notification.alert') ? 'yes' : 'no'}`,
  );
}

describe('DingTalkProvider on a server', () => {
  it('renders idle without touching window, creating a bridge or signing', () => {
    expect(typeof window).toBe('undefined');
    const getSignature = vi.fn();
    const html = renderToString(createElement(DingTalkProvider, { getSignature }, createElement(Status)));
    expect(html).toBe('<p>Handshake idle on unknown; confirm idle; alert no</p>');
    expect(getSignature).not.toHaveBeenCalled();
  });
});
