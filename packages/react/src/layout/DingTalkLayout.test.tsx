import { render, screen } from '@testing-library/react';
import { createRef, type Ref, StrictMode, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DingTalkLayout } from './DingTalkLayout';
import { useContainerWidth } from './useContainerWidth';
import { useSurface } from './useSurface';

// jsdom lays nothing out: give the layout root the 360px width of the conversation pane, so the
// first measurement (made before the first paint) moves it from 'regular' to 'compact'. Real
// widths and resizes are measured in Chromium (test/browser/layout).
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return DOMRect.fromRect({ width: this.classList.contains('dk-layout') ? 360 : 0, height: 100 });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function Band() {
  return <output>{useSurface()}</output>;
}

function Page({ layoutRef }: { layoutRef: Ref<HTMLDivElement> }) {
  return (
    <StrictMode>
      <DingTalkLayout ref={layoutRef} initialBand="regular">
        <Band />
      </DingTalkLayout>
    </StrictMode>
  );
}

describe('DingTalkLayout with the caller’s ref', () => {
  it('measures its band and hands the root to an object ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Page layoutRef={ref} />);
    expect(screen.getByRole('status').textContent).toBe('compact');
    expect(ref.current?.dataset.dkBand).toBe('compact');
    expect(ref.current?.contains(screen.getByRole('status'))).toBe(true);
  });

  it('measures its band and calls a callback ref with the root, then null on unmount', () => {
    const nodes: (HTMLDivElement | null)[] = [];
    const { unmount } = render(<Page layoutRef={(node) => void nodes.push(node)} />);
    expect(screen.getByRole('status').textContent).toBe('compact');
    const root = nodes.at(-1);
    expect(root?.dataset.dkBand).toBe('compact');
    unmount();
    expect(nodes.at(-1)).toBeNull();
  });

  it('moves the root to a new ref and clears the old one', () => {
    const first = createRef<HTMLDivElement>();
    const second = createRef<HTMLDivElement>();
    const { rerender } = render(<Page layoutRef={first} />);
    const root = first.current;
    rerender(<Page layoutRef={second} />);
    expect(first.current).toBeNull();
    expect(second.current).toBe(root);
    expect(screen.getByRole('status').textContent).toBe('compact');
  });

  it('lets the caller measure the same element through its own ref', () => {
    function Measured() {
      const ref = useRef<HTMLDivElement>(null);
      const width = useContainerWidth(ref);
      return (
        <DingTalkLayout ref={ref}>
          <Band />
          <p>{width === undefined ? 'unmeasured' : `${width}px`}</p>
        </DingTalkLayout>
      );
    }
    render(
      <StrictMode>
        <Measured />
      </StrictMode>,
    );
    expect(screen.getByRole('status').textContent).toBe('compact');
    expect(screen.getByText('360px')).toBeTruthy();
  });
});
