import { beforeAll, describe, expect, it } from 'vitest';
import { ApprovalPage } from '../../../stories/layout/sample/ApprovalPage';
import { horizontalOverflows, renderIn, useWideViewport, widths } from './harness';

beforeAll(useWideViewport);

describe('the sample approval page', () => {
  for (const width of widths) {
    it(`does not overflow horizontally at ${width}px, on the list`, async () => {
      const { frame } = await renderIn(<ApprovalPage />, width);
      expect(frame.querySelectorAll('*').length).toBeGreaterThan(50);
      expect(horizontalOverflows(frame)).toEqual([]);
    });

    it(`does not overflow horizontally at ${width}px, on a detail with a long unbroken value`, async () => {
      const { frame, getByText } = await renderIn(<ApprovalPage initialSelectedId="a2" />, width);
      await expect.element(getByText('BX-20240505-000123456789012345678901234567890')).toBeVisible();
      expect(horizontalOverflows(frame)).toEqual([]);
    });
  }

  it('finds an overflow when there is one (the check can fail)', async () => {
    const { frame } = await renderIn(
      <div style={{ display: 'flex' }}>
        <span style={{ flex: 'none', width: 400 }}>too wide</span>
      </div>,
      360,
    );
    expect(horizontalOverflows(frame).length).toBeGreaterThan(0);
  });
});
