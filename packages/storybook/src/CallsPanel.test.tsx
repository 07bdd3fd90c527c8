import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallsPanel, type CallsPanelProps } from './CallsPanel';
import type { PanelCall, PanelPayload } from './constants';

const story = {
  title: 'API/Contact',
  name: 'Choose',
  exportName: 'Choose',
  importPath: './Contact.stories.tsx',
};

const config: PanelCall = { id: 1, api: 'config', params: {}, status: 'resolved', result: {}, startMs: 0 };
const choose: PanelCall = {
  id: 2,
  api: 'biz.contact.choose',
  params: { max: 3 },
  status: 'resolved',
  result: [{ emplId: '0122', name: '王芳' }],
  startMs: 20,
  durationMs: 812.4,
};
const post: PanelCall = {
  id: 3,
  api: 'biz.ding.post',
  params: { users: ['0122'] },
  status: 'rejected',
  error: { code: 'API_FAILED', message: '企业未开通此功能', errorCode: 40001 },
  startMs: 900,
  durationMs: 4,
};

const payload = (calls: PanelCall[], changes: Partial<PanelPayload> = {}): PanelPayload => ({
  storyId: 'api-contact--choose',
  mockId: 'first',
  setup: { platform: 'pc', handshake: 'ready' },
  handshake: { status: 'ready', authorizedAPIList: [], unauthorizedAPIList: ['biz.ding.post'] },
  calls,
  ...changes,
});

function setup(props: CallsPanelProps) {
  const view = render(
    <StrictMode>
      <CallsPanel {...props} />
    </StrictMode>,
  );
  const rerender = (next: CallsPanelProps) =>
    view.rerender(
      <StrictMode>
        <CallsPanel {...next} />
      </StrictMode>,
    );
  return { user: userEvent.setup(), rerender };
}

const rows = () =>
  within(screen.getByRole('table', { name: 'DingTalk calls' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the DingTalk panel', () => {
  it('shows the handshake and every call with its params, outcome and timing', () => {
    setup({ payload: payload([config, choose, post]), story });
    expect(screen.getByRole('status', { name: 'Handshake' }).textContent).toBe(
      'ready · pc · not authorised: biz.ding.post',
    );
    expect(rows()).toEqual([
      ['1', 'config', '{}', '{}', '+0 ms'],
      [
        '2',
        'biz.contact.choose',
        '{\n "max": 3\n}',
        expect.stringContaining('"王芳"'),
        '+20 ms, took 812 ms',
      ],
      ['3', 'biz.ding.post', expect.stringContaining('"0122"'), 'API_FAILED (40001)', '+900 ms, took 4 ms'],
    ]);
    expect(screen.getByText('API_FAILED (40001)').title).toBe('企业未开通此功能');
    expect(screen.getByText('3 calls')).toBeTruthy();
  });

  it("shows a call's later answers: the taps on a button the page took over", () => {
    const menu: PanelCall = {
      id: 2,
      api: 'biz.navigation.setMenu',
      params: { items: [{ id: 'help', text: '帮助' }] },
      status: 'resolved',
      result: {},
      startMs: 20,
      durationMs: 1,
      repeats: [{ id: 'help' }, { id: 'help' }],
    };
    setup({ payload: payload([config, menu]), story });
    expect(rows()[1]?.[3]).toBe('{}then 2 later answers:{\n "id": "help"\n}\n{\n "id": "help"\n}');
  });

  it('shows a failed handshake with its code', () => {
    setup({
      payload: payload([], {
        setup: { platform: 'ios', handshake: 'configError' },
        handshake: {
          status: 'error',
          error: { code: 'CONFIG_FAILED', message: '签名校验失败' },
          authorizedAPIList: [],
          unauthorizedAPIList: [],
        },
      }),
      story,
    });
    expect(screen.getByRole('status', { name: 'Handshake' }).textContent).toBe(
      'error · ios · CONFIG_FAILED: 签名校验失败',
    );
    expect(screen.getByText('No DingTalk calls yet.')).toBeTruthy();
  });

  it('says so when the story has no mocked DingTalk', () => {
    setup({ payload: undefined, story });
    expect(screen.getByRole('status', { name: 'Handshake' }).textContent).toBe(
      'no mocked DingTalk in this story',
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Clear' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Copy as test' }).disabled).toBe(true);
  });

  it('clears the calls so far; later calls and a new mock show again', async () => {
    const { user, rerender } = setup({ payload: payload([config, choose]), story });
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('No DingTalk calls yet.')).toBeTruthy();
    expect(screen.getByText('0 calls')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Clear' }).disabled).toBe(true);

    rerender({ payload: payload([config, choose, post]), story });
    expect(rows().map(([id, api]) => [id, api])).toEqual([['3', 'biz.ding.post']]);

    // A toolbar change renders a new mock, whose ids start at 1 again.
    rerender({ payload: payload([config], { mockId: 'second' }), story });
    expect(rows().map(([id, api]) => [id, api])).toEqual([['1', 'config']]);
  });

  it('copies the calls as a test', async () => {
    // user-event's clipboard stands in for the browser's.
    const { user } = setup({ payload: payload([config, choose, post]), story });
    await user.click(screen.getByRole('button', { name: 'Copy as test' }));
    expect(await screen.findByText('Copied the test to the clipboard.')).toBeTruthy();
    const text = await navigator.clipboard.readText();
    expect(text).toContain('renderWithDingTalk(<Choose />, {');
    expect(text).toContain('"biz.contact.choose": [');
    expect(screen.queryByRole('textbox', { name: 'Test snippet' })).toBeNull();
  });

  it('shows the test to copy by hand where the clipboard is not available', async () => {
    const { user } = setup({ payload: payload([config, choose]), story });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    await user.click(screen.getByRole('button', { name: 'Copy as test' }));
    const snippet = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Test snippet' });
    expect(snippet.value).toContain("from './Contact.stories'");
    expect(screen.getByText(/The clipboard is not available here/)).toBeTruthy();
  });
});
