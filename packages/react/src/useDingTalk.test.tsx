import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSpyTransport } from './test/createSpyTransport';
import { renderWithDingTalk } from './test/renderWithDingTalk';
import { useDingTalk } from './useDingTalk';

function Features() {
  const { platform, isSupported, status } = useDingTalk();
  return (
    <ul>
      <li>{`Platform: ${platform ?? 'unknown'} (${status})`}</li>
      <li>{`Slide panel: ${isSupported('biz.util.openSlidePanel') ? 'yes' : 'no'}`}</li>
      <li>{`Vibrate: ${isSupported('device.notification.vibrate') ? 'yes' : 'no'}`}</li>
    </ul>
  );
}

describe('useDingTalk', () => {
  it('tells the platform and what it supports', async () => {
    renderWithDingTalk(<Features />);
    expect(await screen.findByText('Platform: pc (ready)')).toBeTruthy();
    expect(screen.getByText('Slide panel: yes')).toBeTruthy();
    expect(screen.getByText('Vibrate: no')).toBeTruthy();
  });

  it.each([
    ['7.0.10', 'yes'],
    ['2.0.0', 'no'],
  ])('answers by client version (Android %s: vibrate %s)', async (version, vibrate) => {
    renderWithDingTalk(<Features />, { transport: createSpyTransport({ platform: 'android', version }) });
    expect(await screen.findByText('Platform: android (ready)')).toBeTruthy();
    expect(screen.getByText('Slide panel: no')).toBeTruthy();
    expect(screen.getByText(`Vibrate: ${vibrate}`)).toBeTruthy();
  });
});
