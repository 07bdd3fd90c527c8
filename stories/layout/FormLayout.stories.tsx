import { DingTalkLayout, FormField, FormLayout } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { on } from './withSurface';

export default { title: 'Layout/FormLayout' } satisfies Meta;

type Play = { canvasElement: HTMLElement };

function LeaveForm({ errors = false }: { errors?: boolean }) {
  return (
    <DingTalkLayout>
      <form
        style={{ padding: 'var(--dk-space-4) var(--dk-gutter)' }}
        onSubmit={(event) => event.preventDefault()}
      >
        <FormLayout>
          <FormField label="请假类型" required>
            {(control) => (
              <select {...control} className="dk-input" required>
                <option>年假</option>
                <option>事假</option>
                <option>病假</option>
              </select>
            )}
          </FormField>
          <FormField label="开始时间" required error={errors ? '请选择开始时间' : undefined}>
            {(control) => <input {...control} className="dk-input" type="date" required />}
          </FormField>
          <FormField label="时长（天）" hint="按工作日计算">
            {(control) => <input {...control} className="dk-input" inputMode="decimal" />}
          </FormField>
          <FormField label="请假事由" error={errors ? '请填写请假事由' : undefined}>
            {(control) => <textarea {...control} className="dk-input" rows={3} />}
          </FormField>
        </FormLayout>
      </form>
    </DingTalkLayout>
  );
}

function placement(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const control = canvas.getByRole('combobox', { name: /请假类型/ });
  const label = canvasElement.querySelector(`label[for="${control.id}"]`)!;
  return { label: label.getBoundingClientRect(), control: control.getBoundingClientRect() };
}

/** In the default window the labels sit beside their fields. */
export function InMicroApp() {
  return <LeaveForm />;
}
Object.assign(InMicroApp, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const { label, control } = placement(canvasElement);
    await expect(label.right).toBeLessThanOrEqual(control.left);
  },
});

/** In the 360px pane the labels go above their fields. */
export function InPane() {
  return <LeaveForm />;
}
Object.assign(InPane, on('pane'), {
  play: async ({ canvasElement }: Play) => {
    const { label, control } = placement(canvasElement);
    await expect(label.bottom).toBeLessThanOrEqual(control.top);
  },
});

/** Errors under the fields, announced as their descriptions. */
export function WithErrors() {
  return <LeaveForm errors />;
}
Object.assign(WithErrors, on('micro-app'), {
  play: async ({ canvasElement }: Play) => {
    const reason = within(canvasElement).getByRole('textbox', { name: '请假事由' });
    await expect(reason).toHaveAccessibleDescription('请填写请假事由');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
  },
});
