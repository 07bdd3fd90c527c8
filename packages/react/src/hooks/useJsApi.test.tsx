import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSpyTransport } from '../test/createSpyTransport';
import { renderWithDingTalk } from '../test/renderWithDingTalk';
import { useJsApi } from './useJsApi';

function Network() {
  const { run, data, error } = useJsApi('device.connection.getNetworkType');
  return (
    <>
      <button type="button" onClick={() => run({})}>
        Check network
      </button>
      {data && <p>{`Network: ${String(data.result)}`}</p>}
      {error && <p role="alert">{error.code}</p>}
    </>
  );
}

describe('useJsApi', () => {
  it('calls any catalog API', async () => {
    const { transport, user } = renderWithDingTalk(<Network />, {
      transport: createSpyTransport({ platform: 'android' }),
    });
    transport.answer('device.connection.getNetworkType', { result: 'wifi' });
    await user.click(screen.getByRole('button', { name: 'Check network' }));
    expect(await screen.findByText('Network: wifi')).toBeTruthy();
    expect(transport.calls[0]!.api).toBe('device.connection.getNetworkType');
  });

  it('rejects UNSUPPORTED without crossing where the platform lacks the API', async () => {
    const { transport, user } = renderWithDingTalk(<Network />);
    await user.click(screen.getByRole('button', { name: 'Check network' }));
    expect((await screen.findByRole('alert')).textContent).toBe('UNSUPPORTED');
    expect(transport.calls).toHaveLength(0);
  });

  it('rejects UNSUPPORTED, as isSupported says, for a name the catalog does not know', async () => {
    function Unknown() {
      const { run, error } = useJsApi('biz.util.doesNotExist' as 'device.notification.vibrate');
      return (
        <>
          <button type="button" onClick={() => run({})}>
            Call
          </button>
          {error && <p role="alert">{`${error.code} ${error.api}`}</p>}
        </>
      );
    }
    const { transport, user } = renderWithDingTalk(<Unknown />, {
      transport: createSpyTransport({ platform: 'android' }),
    });
    await user.click(screen.getByRole('button', { name: 'Call' }));
    expect((await screen.findByRole('alert')).textContent).toBe('UNSUPPORTED biz.util.doesNotExist');
    expect(transport.calls).toHaveLength(0);
  });

  it('calls a newer name, answered as its descriptor says', async () => {
    function NetworkByNewerName() {
      const { run, data } = useJsApi('getNetworkType');
      return (
        <>
          <button type="button" onClick={() => run({})}>
            Check network
          </button>
          {data && <p>{`Online: ${data.networkAvailable} (${data.networkType})`}</p>}
        </>
      );
    }
    const { transport, user } = renderWithDingTalk(<NetworkByNewerName />, {
      transport: createSpyTransport({ platform: 'harmony' }),
    });
    transport.answer('getNetworkType', { result: '4g' });
    await user.click(screen.getByRole('button', { name: 'Check network' }));
    expect(await screen.findByText('Online: true (4g)')).toBeTruthy();
  });
});
