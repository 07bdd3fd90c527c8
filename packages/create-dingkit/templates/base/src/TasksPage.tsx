// The app's page. It fits DingTalk PC's 360px conversation pane, its 585px micro-app window and a
// window dragged wide, and phones: the layout follows the width of the page, not of the screen.
import { CardList, CardListItem, DingTalkLayout, MasterDetail, PageHeader } from '@dingkit/react';
import { type ReactNode, useState } from 'react';
import { HandshakeNotice } from './HandshakeNotice';
import { TaskDetail } from './TaskDetail';
import { sampleTasks, type Task } from './tasks';

export interface TasksPageProps {
  /** The tasks to show. @default sampleTasks */
  initialTasks?: readonly Task[];
  /** Shown beside the page's title, e.g. who is signed in. */
  actions?: ReactNode;
}

export function TasksPage({ initialTasks = sampleTasks, actions }: TasksPageProps) {
  const [tasks, setTasks] = useState(initialTasks);
  const [selectedId, setSelectedId] = useState<string>();
  const selected = tasks.find((task) => task.id === selectedId);
  const open = tasks.filter((task) => !task.done).length;

  const update = (id: string, change: Partial<Task>) =>
    setTasks((list) => list.map((task) => (task.id === id ? { ...task, ...change } : task)));

  return (
    // initialBand is the band before the page is measured (and on the server): the micro-app window.
    <DingTalkLayout initialBand="regular">
      <HandshakeNotice />
      <PageHeader title="任务" description={`${open} 项未完成`} actions={actions} />
      <MasterDetail
        listTitle="全部任务"
        // List and detail side by side from the wide band; below it, one at a time with a back button.
        splitFrom="wide"
        onBack={() => setSelectedId(undefined)}
        placeholder={<p className="app-text">选择一项任务，在这里查看详情。</p>}
        detail={
          selected && (
            <TaskDetail
              key={selected.id}
              task={selected}
              onChange={(change) => update(selected.id, change)}
            />
          )
        }
        list={
          <CardList variant="list" aria-label="全部任务">
            {tasks.map((task) => (
              <CardListItem
                key={task.id}
                selected={task.id === selectedId}
                onSelect={() => setSelectedId(task.id)}
              >
                <strong>{task.title}</strong>{' '}
                <span className="dk-tag" data-tone={task.done ? 'success' : 'primary'}>
                  {task.done ? '已完成' : `${task.due}截止`}
                </span>
              </CardListItem>
            ))}
          </CardList>
        }
      />
    </DingTalkLayout>
  );
}
