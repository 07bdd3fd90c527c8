/** A task of the team. */
export interface Task {
  id: string;
  title: string;
  detail: string;
  owner: string;
  due: string;
  done: boolean;
}

/** What the page shows until it loads tasks from your backend. */
export const sampleTasks: readonly Task[] = [
  {
    id: 't1',
    title: '整理第三季度报销单',
    detail: '把 7 至 9 月的发票和报销单核对后交给财务，缺票的单据请先补齐。',
    owner: '王芳',
    due: '周五',
    done: false,
  },
  {
    id: 't2',
    title: '准备新人入职材料',
    detail: '工位、电脑和钉钉账号在入职前一天准备好，并把入职指南发到新人群。',
    owner: '李强',
    due: '下周一',
    done: false,
  },
  {
    id: 't3',
    title: '预订季度会议室',
    detail: '十人左右的会议室，需要投影和视频会议设备。',
    owner: '张伟',
    due: '今天',
    done: true,
  },
];
