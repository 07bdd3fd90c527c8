import { CardList, CardListItem, DingTalkLayout } from '@dingkit/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflows, renderIn, useWideViewport } from './harness';

beforeAll(useWideViewport);

function Cards() {
  return (
    <DingTalkLayout>
      <CardList aria-label="应用">
        {['考勤打卡', '审批', '日志', '钉盘', '智能人事', '签到'].map((name) => (
          <CardListItem key={name}>{name}</CardListItem>
        ))}
      </CardList>
    </DingTalkLayout>
  );
}

const columns = (frame: HTMLElement) =>
  new Set(
    [...frame.querySelectorAll('.dk-card')].map((card) => Math.round(card.getBoundingClientRect().left)),
  ).size;

describe('CardList', () => {
  for (const [width, expected] of [
    [360, 1],
    [440, 1],
    [585, 2],
    [676, 2],
    [1024, 4],
  ] as const) {
    it(`shows ${expected} column(s) at ${width}px without overflowing`, async () => {
      const { frame, getByRole } = await renderIn(<Cards />, width);
      await expect.element(getByRole('list', { name: '应用' })).toBeVisible();
      expect(columns(frame)).toBe(expected);
      expect(horizontalOverflows(frame)).toEqual([]);
    });
  }

  it('makes a selectable card one button that reports the current item', async () => {
    let chosen = '';
    const { getByRole } = await renderIn(
      <DingTalkLayout>
        <CardList variant="list">
          <CardListItem selected onSelect={() => (chosen = 'a')}>
            甲
          </CardListItem>
          <CardListItem onSelect={() => (chosen = 'b')}>乙</CardListItem>
        </CardList>
      </DingTalkLayout>,
      360,
    );
    await expect.element(getByRole('button', { name: '甲' })).toHaveAttribute('aria-current', 'true');
    await getByRole('button', { name: '乙' }).click();
    expect(chosen).toBe('b');
  });
});
