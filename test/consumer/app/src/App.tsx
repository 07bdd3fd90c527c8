import {
  DingTalkLayout,
  PageHeader,
  useConfirm,
  useContactChoose,
  useDingTalk,
  useDownloadFile,
  useUploadImage,
} from '@dingkit/react';
import '@dingkit/react/styles.css';

const handbook = { url: 'https://static.example.com/files/handbook.pdf', name: '员工手册.pdf' };

/** A page a team would write: one button per DingTalk call, and what each returned. */
export function App() {
  const dingtalk = useDingTalk();
  const confirm = useConfirm({ title: '提交审批', message: '确定提交吗？', buttonLabels: ['提交', '取消'] });
  const choose = useContactChoose({ multiple: true, max: 10 });
  const upload = useUploadImage({ multiple: true, max: 3 });
  const download = useDownloadFile();
  const percent = Math.round(download.progress?.percent ?? 0);

  return (
    <DingTalkLayout>
      <PageHeader title="审批" />
      <output aria-label="握手">{dingtalk.status}</output>
      <button type="button" onClick={() => confirm.run().catch(() => undefined)}>
        提交审批
      </button>
      {confirm.data && <output aria-label="确认结果">按钮 {confirm.data.buttonIndex}</output>}
      <button type="button" onClick={() => choose.run().catch(() => undefined)}>
        选择审批人
      </button>
      {choose.data && (
        <ul aria-label="审批人">
          {choose.data.map((person) => (
            <li key={person.emplId}>{person.name}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => upload.run().catch(() => undefined)}>
        上传图片
      </button>
      {upload.data && <output aria-label="上传结果">{upload.data.length} 张</output>}
      <button type="button" onClick={() => download.run(handbook).catch(() => undefined)}>
        下载手册
      </button>
      {download.isPending && <progress aria-label="下载进度" max={100} value={percent} />}
      {download.status === 'success' && <output aria-label="下载结果">已下载 {percent}%</output>}
      {Object.entries({ confirm, choose, upload, download }).map(
        ([name, call]) =>
          call.error && (
            <p role="alert" key={name}>
              {name}: {call.error.code}
            </p>
          ),
      )}
    </DingTalkLayout>
  );
}
