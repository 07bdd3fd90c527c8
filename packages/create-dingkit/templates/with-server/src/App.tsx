import { createSignatureFetcher, DingTalkProvider } from '@dingkit/react';
import { CurrentUser } from './CurrentUser';
import { TasksPage } from './TasksPage';

// GET /api/dingtalk/signature?url=<page URL>, answered by server/api.ts. When the server refuses
// (403 ORIGIN_NOT_ALLOWED for a page outside DINGTALK_ALLOWED_ORIGINS, …), the handshake fails
// with SIGNATURE_FAILED carrying the server's status and message.
const getSignature = createSignatureFetcher('/api/dingtalk/signature');

export function App() {
  return (
    <DingTalkProvider getSignature={getSignature} onError={(error) => console.error(error)}>
      <TasksPage actions={<CurrentUser />} />
    </DingTalkProvider>
  );
}
