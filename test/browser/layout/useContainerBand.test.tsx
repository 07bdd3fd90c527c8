import { type SurfaceBand, useContainerBand } from '@dingkit/react';
import { StrictMode, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';

function Band({ initialBand }: { initialBand?: SurfaceBand }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <output>{useContainerBand(ref, initialBand)}</output>
    </div>
  );
}

describe('useContainerBand', () => {
  it('replaces the initial band with the measured one and follows resizes', async () => {
    const frame = document.body.appendChild(document.createElement('div'));
    frame.style.width = '360px';
    const { getByRole } = await render(
      <StrictMode>
        <Band initialBand="wide" />
      </StrictMode>,
      { container: frame },
    );
    await expect.element(getByRole('status')).toHaveTextContent('compact');
    frame.style.width = '585px';
    await expect.element(getByRole('status')).toHaveTextContent('regular');
    frame.style.width = '1024px';
    await expect.element(getByRole('status')).toHaveTextContent('wide');
  });
});
