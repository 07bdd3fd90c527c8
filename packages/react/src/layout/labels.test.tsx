import type { Locale } from '@dingkit/core';
import { createMockBridge } from '@dingkit/mock';
import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DingTalkProvider } from '../DingTalkProvider';
import { useDingTalkLocale } from '../useDingTalkLocale';
import { DingTalkLayout } from './DingTalkLayout';
import { MasterDetail } from './MasterDetail';
import { PageHeader } from './PageHeader';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A one-column page with a detail open: a header's back button, the detail's region and back button. */
function Page({ backLabel }: { backLabel?: string }) {
  return (
    <DingTalkLayout initialBand="compact">
      <PageHeader title="审批" onBack={() => {}} {...(backLabel ? { backLabel } : {})} />
      <MasterDetail listTitle="列表" list={<p>列表</p>} detail={<p>正文</p>} onBack={() => {}} />
    </DingTalkLayout>
  );
}

function LocaleOutput() {
  return <output aria-label="locale">{useDingTalkLocale() ?? 'none'}</output>;
}

const { bridge } = createMockBridge();
const inProvider = (locale: Locale | undefined) => (
  <StrictMode>
    <DingTalkProvider bridge={bridge} locale={locale}>
      <Page />
      <LocaleOutput />
    </DingTalkProvider>
  </StrictMode>
);

const backButtons = () => screen.getAllByRole('button').map((button) => button.textContent);
const browserLanguage = (language: string) =>
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);

describe('the layout’s built-in labels', () => {
  it('follow the provider’s locale, and change with it', () => {
    const view = render(inProvider('en'));
    expect(backButtons()).toEqual(['‹ Back', '‹ Back']);
    expect(screen.getByRole('region', { name: 'Details' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'locale' }).textContent).toBe('en');

    view.rerender(inProvider('zh-CN'));
    expect(backButtons()).toEqual(['‹ 返回', '‹ 返回']);
    expect(screen.getByRole('region', { name: '详情' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Details' })).toBeNull();
    expect(screen.getByRole('status', { name: 'locale' }).textContent).toBe('zh-CN');
  });

  it('follow the browser’s language under a provider given no locale, as its errors do', () => {
    browserLanguage('zh-TW');
    const view = render(inProvider(undefined));
    expect(backButtons()).toEqual(['‹ 返回', '‹ 返回']);
    expect(screen.getByRole('status', { name: 'locale' }).textContent).toBe('zh-CN');
    view.unmount();

    browserLanguage('en-GB');
    render(inProvider(undefined));
    expect(backButtons()).toEqual(['‹ Back', '‹ Back']);
    expect(screen.getByRole('status', { name: 'locale' }).textContent).toBe('en');
  });

  it('follow the browser’s language outside a provider, where the locale is unknown', () => {
    browserLanguage('zh-CN');
    const view = render(
      <StrictMode>
        <Page />
        <LocaleOutput />
      </StrictMode>,
    );
    expect(backButtons()).toEqual(['‹ 返回', '‹ 返回']);
    expect(screen.getByRole('region', { name: '详情' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'locale' }).textContent).toBe('none');
    view.unmount();

    browserLanguage('en-US');
    render(<Page />);
    expect(backButtons()).toEqual(['‹ Back', '‹ Back']);
  });

  it('give way to the labels the app passes', () => {
    render(
      <StrictMode>
        <DingTalkProvider bridge={bridge} locale="en">
          <Page backLabel="回到列表" />
        </DingTalkProvider>
      </StrictMode>,
    );
    expect(backButtons()).toEqual(['‹ 回到列表', '‹ Back']);
  });
});
