import { type Person, people } from './people';

/** Where an approval is. */
export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'transferred';

/** One 审批 of the sample page. */
export interface Approval {
  id: string;
  type: string;
  applicant: Person;
  submittedAt: string;
  status: ApprovalStatus;
  facts: readonly (readonly [label: string, value: string])[];
}

export const statusLabels: Record<ApprovalStatus, string> = {
  pending: '审批中',
  approved: '已同意',
  rejected: '已拒绝',
  transferred: '已转交',
};

export const statusTones: Record<ApprovalStatus, string> = {
  pending: 'primary',
  approved: 'success',
  rejected: 'danger',
  transferred: 'warning',
};

const [zhangsan, lisi, wangwu, zhaoliu, ouyang] = people as [Person, Person, Person, Person, Person];

export const approvals: readonly Approval[] = [
  {
    id: 'a1',
    type: '请假申请',
    applicant: zhangsan,
    submittedAt: '2024-05-06 09:30',
    status: 'pending',
    facts: [
      ['请假类型', '年假'],
      ['开始时间', '2024-05-13 上午'],
      ['结束时间', '2024-05-15 下午'],
      ['时长', '3 天'],
      ['请假事由', '家中有事，需要回老家处理。工作已交接给李四，紧急事项可电话联系。'],
    ],
  },
  {
    id: 'a2',
    type: '报销申请',
    applicant: lisi,
    submittedAt: '2024-05-05 17:12',
    status: 'pending',
    facts: [
      ['报销类别', '差旅费'],
      ['金额', '¥ 3,280.00'],
      ['单据编号', 'BX-20240505-000123456789012345678901234567890'],
      ['说明', '上海客户拜访往返高铁及两晚住宿，发票见附件。'],
    ],
  },
  {
    id: 'a3',
    type: '采购申请',
    applicant: wangwu,
    submittedAt: '2024-05-04 11:03',
    status: 'approved',
    facts: [
      ['物品', '测试用手机 ×2'],
      ['金额', '¥ 9,998.00'],
      ['用途', '钉钉微应用真机兼容性测试（Android、iOS 各一台）'],
    ],
  },
  {
    id: 'a4',
    type: '用印申请',
    applicant: zhaoliu,
    submittedAt: '2024-05-02 15:40',
    status: 'rejected',
    facts: [
      ['印章类型', '合同专用章'],
      ['文件名称', '2024年度市场推广服务框架合同（第二版，含补充条款与附件一至附件五）.pdf'],
    ],
  },
  {
    id: 'a5',
    type: '加班申请',
    applicant: ouyang,
    submittedAt: '2024-04-30 20:05',
    status: 'transferred',
    facts: [
      ['加班日期', '2024-05-01'],
      ['时长', '4 小时'],
    ],
  },
];
