import { useDingTalk } from '@dingkit/react';

/** Says why DingTalk's dialogs are not available: the page is outside DingTalk, or the handshake failed. */
export function HandshakeNotice() {
  const { status, error, retry } = useDingTalk();
  if (status === 'unavailable') {
    return (
      <p role="note" className="app-text app-notice">
        未在钉钉中打开：页面可以浏览，但钉钉的对话框和选人等功能不可用。
        {import.meta.env.DEV && ' 运行 npm run storybook，在模拟的钉钉中试用。'}
      </p>
    );
  }
  if (status !== 'error') return null;
  return (
    <p role="alert" className="app-text">
      {error?.message}{' '}
      <button type="button" className="dk-button" onClick={retry}>
        重试
      </button>
    </p>
  );
}
