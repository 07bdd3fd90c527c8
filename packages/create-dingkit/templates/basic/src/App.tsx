import { DingTalkProvider } from '@dingkit/react';
import { TasksPage } from './TasksPage';

// Without getSignature the handshake is not signed: DingTalk's APIs that need 鉴权 (the contact
// pickers, for one) reject UNAUTHORIZED, and the page does not offer them. To sign, give the
// provider your backend's signing endpoint (see README.md):
//   getSignature={createSignatureFetcher('/api/dingtalk/signature')}
export function App() {
  return (
    <DingTalkProvider onError={(error) => console.error(error)}>
      <TasksPage />
    </DingTalkProvider>
  );
}
