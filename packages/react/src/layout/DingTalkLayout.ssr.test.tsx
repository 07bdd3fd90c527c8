// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('DingTalkLayout on a server', () => {
  it('imports and renders without window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { DingTalkLayout, MasterDetail, Show, useSurface } = await import('./index');
    function Band() {
      return <output>{useSurface()}</output>;
    }
    const html = renderToString(
      <DingTalkLayout initialBand="compact" theme="dark">
        <Band />
        <Show on="compact">
          <p>pane only</p>
        </Show>
        <MasterDetail listTitle="审批" list={<p>list</p>} detail={<p>detail</p>} onBack={() => {}} />
      </DingTalkLayout>,
    );
    expect(html).toContain('<div data-theme="dark" class="dk-layout" data-dk-band="compact">');
    expect(html).toContain('<output>compact</output>');
    expect(html).toContain('pane only');
    // One column in the pane: the selected detail replaces the list, with a back button.
    expect(html).toContain('data-columns="1"');
    expect(html).toMatch(/<section[^>]*class="dk-md-list"[^>]*hidden=""/);
    expect(html).toContain('返回');
  });

  it('renders the micro-app window band by default', async () => {
    const { DingTalkLayout, Hide, useSurface } = await import('./index');
    function Band() {
      return <output>{useSurface()}</output>;
    }
    const html = renderToString(
      <DingTalkLayout>
        <Band />
        <Hide from="regular">
          <p>pane only</p>
        </Hide>
      </DingTalkLayout>,
    );
    expect(html).toContain('data-dk-band="regular"');
    expect(html).toContain('<output>regular</output>');
    expect(html).not.toContain('pane only');
  });
});
