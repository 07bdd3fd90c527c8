import {
  ActionBar,
  CardList,
  CardListItem,
  DingImage,
  DingTalkLayout,
  FormField,
  FormLayout,
  Hide,
  MasterDetail,
  PageHeader,
  type SurfaceBand,
} from '@dingkit/react';
import { useState } from 'react';
import '@dingkit/react/styles.css';
import './sample.css';
import {
  type Approval,
  type ApprovalStatus,
  approvals as sampleApprovals,
  statusLabels,
  statusTones,
} from './approvals';
import { demoResize } from './people';

function StatusTag({ status }: { status: ApprovalStatus }) {
  return (
    <span className="dk-tag" data-tone={statusTones[status]}>
      {statusLabels[status]}
    </span>
  );
}

function ApprovalDetail({
  approval,
  onDecide,
}: {
  approval: Approval;
  onDecide: (status: ApprovalStatus) => void;
}) {
  const { applicant } = approval;
  const pending = approval.status === 'pending';
  return (
    <>
      <PageHeader
        level={2}
        title={`${applicant.name}的${approval.type}`}
        description={`提交于 ${approval.submittedAt}`}
        actions={<StatusTag status={approval.status} />}
      />
      <div className="sample-detail">
        <p className="sample-applicant">
          <DingImage src={applicant.avatar} resize={demoResize} alt="" width={48} shape="circle" />
          <span>
            {applicant.name}
            <span className="sample-muted"> · {applicant.department}</span>
          </span>
        </p>
        <dl className="sample-facts">
          {approval.facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {pending && (
          <FormLayout>
            <FormField label="审批意见" hint="申请人可以看到审批意见">
              {(control) => <textarea {...control} className="dk-input" rows={3} />}
            </FormField>
          </FormLayout>
        )}
      </div>
      {pending && (
        <ActionBar label="审批操作" sticky>
          <button type="button" className="dk-button dk-button-primary" onClick={() => onDecide('approved')}>
            同意
          </button>
          <button type="button" className="dk-button dk-button-danger" onClick={() => onDecide('rejected')}>
            拒绝
          </button>
          <button type="button" className="dk-button" onClick={() => onDecide('transferred')}>
            转交
          </button>
        </ActionBar>
      )}
    </>
  );
}

export interface ApprovalPageProps {
  /** The band to render before the first measurement (and on a server). */
  initialBand?: SurfaceBand;
  /** The approval open at first. */
  initialSelectedId?: string;
}

/**
 * The sample page: a DingTalk approval (审批) list with the selected item's detail and actions,
 * built only from the layout components. It fits every surface.
 */
export function ApprovalPage({ initialBand, initialSelectedId }: ApprovalPageProps) {
  const [approvals, setApprovals] = useState(sampleApprovals);
  const [selectedId, setSelectedId] = useState(initialSelectedId);
  const selected = approvals.find((approval) => approval.id === selectedId);
  const pendingCount = approvals.filter((approval) => approval.status === 'pending').length;

  const decide = (status: ApprovalStatus) =>
    setApprovals((current) => current.map((item) => (item.id === selectedId ? { ...item, status } : item)));

  return (
    <DingTalkLayout initialBand={initialBand}>
      <PageHeader
        title="审批"
        description={`${pendingCount} 条待我审批`}
        actions={
          <>
            <button type="button" className="dk-button dk-button-primary">
              发起审批
            </button>
            <Hide on="compact">
              <button type="button" className="dk-button">
                导出
              </button>
            </Hide>
          </>
        }
      />
      <MasterDetail
        listTitle="待我审批"
        onBack={() => setSelectedId(undefined)}
        placeholder={<p className="sample-placeholder">选择一条审批，在这里查看详情。</p>}
        detail={selected && <ApprovalDetail key={selected.id} approval={selected} onDecide={decide} />}
        list={
          <CardList variant="list">
            {approvals.map((approval) => (
              <CardListItem
                key={approval.id}
                selected={approval.id === selectedId}
                onSelect={() => setSelectedId(approval.id)}
              >
                <span className="sample-item">
                  <DingImage
                    src={approval.applicant.avatar}
                    resize={demoResize}
                    alt=""
                    width={40}
                    shape="circle"
                  />
                  <span className="sample-item-text">
                    <span className="sample-item-title">
                      {approval.applicant.name}的{approval.type}
                    </span>
                    <span className="sample-muted">{approval.submittedAt}</span>
                  </span>
                  <StatusTag status={approval.status} />
                </span>
              </CardListItem>
            ))}
          </CardList>
        }
      />
    </DingTalkLayout>
  );
}
