import { DingTalkLayout } from '@dingkit/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn, useWideViewport } from './harness';

beforeAll(useWideViewport);

const light = 'rgb(255, 255, 255)';
const dark = 'rgb(28, 28, 30)';

async function background(ui: ReactNode) {
  const { frame } = await renderIn(ui, 360);
  const root = frame.querySelector('.dk-layout')!;
  return { background: getComputedStyle(root).backgroundColor, color: getComputedStyle(root).color };
}

describe('theme', () => {
  it('is light by default (the test browser prefers light)', async () => {
    expect(window.matchMedia('(prefers-color-scheme: dark)').matches).toBe(false);
    expect((await background(<DingTalkLayout>页</DingTalkLayout>)).background).toBe(light);
  });

  it('turns dark with theme="dark"', async () => {
    const colors = await background(<DingTalkLayout theme="dark">页</DingTalkLayout>);
    expect(colors).toEqual({ background: dark, color: 'rgb(232, 233, 234)' });
  });

  it('follows data-theme="dark" on an ancestor, and theme="light" overrides it', async () => {
    expect(
      (
        await background(
          <div data-theme="dark">
            <DingTalkLayout>页</DingTalkLayout>
          </div>,
        )
      ).background,
    ).toBe(dark);
    expect(
      (
        await background(
          <div data-theme="dark">
            <DingTalkLayout theme="light">页</DingTalkLayout>
          </div>,
        )
      ).background,
    ).toBe(light);
  });
});
