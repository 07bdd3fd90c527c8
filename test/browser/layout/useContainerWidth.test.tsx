import { useContainerWidth } from '@dingkit/react';
import { StrictMode, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';

function Width() {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  return (
    <div ref={ref} style={{ padding: '0 10px', border: '2px solid' }}>
      <output>{width === undefined ? 'unmeasured' : width}</output>
    </div>
  );
}

describe('useContainerWidth', () => {
  it('reports the content-box width of the element and follows it as it changes', async () => {
    const frame = document.body.appendChild(document.createElement('div'));
    frame.style.width = '400px';
    const { getByRole } = await render(
      <StrictMode>
        <Width />
      </StrictMode>,
      { container: frame },
    );
    // 400 minus 2×10px padding and 2×2px border, like a container query would see it.
    await expect.element(getByRole('status')).toHaveTextContent('376');
    frame.style.width = '585px';
    await expect.element(getByRole('status')).toHaveTextContent('561');
  });
});
