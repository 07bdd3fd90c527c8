// src/ApprovalsPage.tsx — one page for the 360px pane, the 585px window and a window dragged wide.
import '@dingkit/react/styles.css';
import {
  ActionBar,
  CardList,
  CardListItem,
  DingTalkLayout,
  Hide,
  MasterDetail,
  PageHeader,
  useSurface,
} from '@dingkit/react';
import { useState } from 'react';

interface Approval {
  id: string;
  title: string;
  submittedAt: string;
}

const approvals: Approval[] = [
  { id: '1', title: '王芳的请假申请', submittedAt: '今天 09:12' },
  { id: '2', title: '李强的报销申请', submittedAt: '昨天 17:40' },
  { id: '3', title: '张伟的采购申请', submittedAt: '周一 10:05' },
];

function ApprovalDetail({ approval, onDone }: { approval: Approval; onDone: () => void }) {
  // 'compact' in the pane and small modals, 'regular' in the default window, 'wide' when dragged wide.
  const band = useSurface();
  return (
    <>
      <PageHeader level={2} title={approval.title} description={`提交于 ${approval.submittedAt}`} />
      <p>{band === 'compact' ? '年假 2 天' : '年假 2 天（5 月 8 日至 5 月 9 日），工作已交接给李强。'}</p>
      {/* A row of buttons; full-width and stacked in the compact band. Primary first. */}
      <ActionBar label="审批操作" sticky>
        <button type="button" className="dk-button dk-button-primary" onClick={onDone}>
          同意
        </button>
        <button type="button" className="dk-button dk-button-danger" onClick={onDone}>
          拒绝
        </button>
        <Hide on="compact">
          <button type="button" className="dk-button" onClick={onDone}>
            转交
          </button>
        </Hide>
      </ActionBar>
    </>
  );
}

export function ApprovalsPage() {
  const [selectedId, setSelectedId] = useState<string>();
  const selected = approvals.find((approval) => approval.id === selectedId);
  return (
    // Measures its own width (not the viewport) and gives the band to everything inside.
    // initialBand is what the server renders: the surface the page usually opens in.
    <DingTalkLayout initialBand="regular">
      <PageHeader title="审批" description={`${approvals.length} 条待我审批`} />
      <MasterDetail
        listTitle="待我审批"
        // Two columns from 'wide' (the default); one column with a back button below it.
        splitFrom="wide"
        onBack={() => setSelectedId(undefined)}
        placeholder={<p>选择一条审批，在这里查看详情。</p>}
        detail={
          selected && (
            <ApprovalDetail key={selected.id} approval={selected} onDone={() => setSelectedId(undefined)} />
          )
        }
        list={
          <CardList variant="list" aria-label="待我审批">
            {approvals.map((approval) => (
              <CardListItem
                key={approval.id}
                selected={approval.id === selectedId}
                onSelect={() => setSelectedId(approval.id)}
              >
                <span>{approval.title}</span> <span>{approval.submittedAt}</span>
              </CardListItem>
            ))}
          </CardList>
        }
      />
    </DingTalkLayout>
  );
}
