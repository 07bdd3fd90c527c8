import { catalog } from '@dingkit/core';
import * as react from '@dingkit/react';
import { render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { HooksTable, otherHooks } from './HooksTable';

const rowOf = (hook: string) =>
  screen.getAllByRole('row').filter((row) => within(row).queryByRole('rowheader', { name: hook }));
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

it('maps each action hook to its JS-API, with its descriptor’s support', () => {
  render(<HooksTable />);
  const [confirm] = rowOf('useConfirm');
  expect(cells(confirm!)).toEqual([
    'device.notification.confirm',
    expect.stringMatching(/^✓/),
    expect.stringMatching(/^✓/),
    expect.stringMatching(/^✓/),
    // HarmonyOS, from dingtalk-jsapi's registrations.
    '✓ 7.0.0+',
    'no',
    '✓',
  ]);
  const [choose] = rowOf('useContactChoose');
  expect(cells(choose!).slice(0, 6)).toEqual([
    'biz.contact.choose',
    expect.stringMatching(/^✓/),
    '—',
    '—',
    expect.stringMatching(/^✓/),
    catalog['biz.contact.choose'].auth ? 'yes' : 'no',
  ]);
});

it('follows the declarative hooks to the API and event they use', () => {
  render(<HooksTable />);
  expect(cells(rowOf('useLeftButton')[0]!)[0]).toBe('biz.navigation.setLeft + event leftBtnClick');
  expect(cells(rowOf('useNavigationTitle')[0]!)[0]).toBe('biz.navigation.setTitle');
});

it('lists every exported hook once and flags none as missing', () => {
  render(<HooksTable />);
  const listed = screen.getAllByRole('rowheader').map((header) => header.textContent);
  const apiHooks = Object.keys(react).filter((name) => /^use[A-Z]/.test(name) && !otherHooks.includes(name));
  for (const hook of apiHooks) expect(listed).toContain(hook);
  expect(screen.queryByRole('alert')).toBeNull();
  // The generic list holds the rest of the catalog: nothing is in both.
  const named = new Set(listed.filter((text) => text?.startsWith('use')));
  expect(named.size).toBe(apiHooks.length);
});

it('has a column per platform the descriptors know', () => {
  render(<HooksTable />);
  const [table] = screen.getAllByRole('table');
  const headers = within(table!)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  expect(headers.slice(2, 5)).toEqual(['PC', 'iOS', 'Android']);
  const [scan] = rowOf('useScan');
  expect(cells(scan!).slice(0, 4)).toEqual([
    'biz.util.scan',
    '—',
    expect.stringMatching(/^✓/),
    expect.stringMatching(/^✓/),
  ]);
});

it('speaks Chinese on the Chinese Docs page', () => {
  render(<HooksTable locale="zh-CN" />);
  expect(screen.getAllByRole('columnheader', { name: '需要 jsApiList 鉴权' })).toHaveLength(2);
  const [choose] = rowOf('useContactChoose');
  expect(cells(choose!)[5]).toBe(catalog['biz.contact.choose'].auth ? '是' : '否');
  expect(within(choose!).getAllByRole('cell', { name: '不支持' })).toHaveLength(2);
  expect(screen.getByText(/^共 \d+ 个 hooks。/)).toBeTruthy();
  expect(cells(rowOf('useBackButton')[0]!)[0]).toBe(
    '组件挂载期间接管返回：安卓返回键（事件 backbutton）、iOS 导航栏左侧按钮（biz.navigation.setLeft）',
  );
});
