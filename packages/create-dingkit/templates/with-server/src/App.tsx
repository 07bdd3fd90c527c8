import { DingTalkProvider } from '@dingkit/react';
import { CurrentUser } from './CurrentUser';
import { dingtalk } from './dingtalk';
import { TasksPage } from './TasksPage';

export function App() {
  return (
    <DingTalkProvider client={dingtalk}>
      <TasksPage actions={<CurrentUser />} />
    </DingTalkProvider>
  );
}
