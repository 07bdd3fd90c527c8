import { DingTalkLayout, FormField, FormLayout } from '@dingkit/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { dragTo, renderIn, useWideViewport, widths } from './harness';

beforeAll(useWideViewport);

function Form() {
  return (
    <DingTalkLayout>
      <FormLayout>
        <FormField label="标题" hint="最多 20 个字" required>
          {(control) => <input {...control} className="dk-input" required />}
        </FormField>
        <FormField label="说明" error="请填写说明">
          {(control) => <textarea {...control} className="dk-input" />}
        </FormField>
      </FormLayout>
    </DingTalkLayout>
  );
}

function labelPlacement(frame: HTMLElement) {
  const label = frame.querySelector('.dk-field-label')!.getBoundingClientRect();
  const input = frame.querySelector('input')!.getBoundingClientRect();
  if (label.right <= input.left && label.top < input.bottom) return 'beside';
  if (label.bottom <= input.top) return 'above';
  return 'other';
}

describe('FormLayout', () => {
  for (const width of widths) {
    const expected = width >= 480 ? 'beside' : 'above';
    it(`puts the label ${expected} the field at ${width}px`, async () => {
      const { frame } = await renderIn(<Form />, width);
      expect(labelPlacement(frame)).toBe(expected);
    });
  }

  it('wires the label, hint and error to the control', async () => {
    const { getByRole } = await renderIn(<Form />, 585);
    await expect.element(getByRole('textbox', { name: '标题' })).toHaveAccessibleDescription('最多 20 个字');
    const description = getByRole('textbox', { name: '说明' });
    await expect.element(description).toHaveAccessibleDescription('请填写说明');
    await expect.element(description).toHaveAttribute('aria-invalid', 'true');
  });

  it('moves labels above the fields when dragged below 480px', async () => {
    const { frame } = await renderIn(<Form />, 600);
    expect(labelPlacement(frame)).toBe('beside');
    await dragTo(frame, 470);
    expect(labelPlacement(frame)).toBe('above');
  });
});
