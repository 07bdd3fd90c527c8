import { avatarDataUrl } from '@dingkit/mock';
import {
  useCspacePreview,
  useDownloadFile,
  useLocalFileExists,
  useOpenLink,
  useOpenLocalFile,
  useOpenModal,
  useOpenPage,
  useOpenSlidePanel,
  usePreviewImage,
  useUploadAttachment,
  useUploadImage,
} from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { framedPageUrl } from '../recipes/framedPages';
import { ApiDocsPage } from './support/ApiDocsPage';
import { CallView } from './support/CallView';
import { hookStories } from './support/hookStories';
import {
  clickInFrame,
  expectOutput,
  findDialog,
  framedDocument,
  type PlayContext,
  page,
  pngFile,
  press,
  respondWithJson,
  typeInFrame,
} from './support/play';

/**
 * 工具: upload, download, files, image preview, links, in-app pages, modals and slide panels.
 * Modals and slide panels load a real page (its own story) with its own mock bridge.
 */
export default {
  title: 'API/Util',
  tags: ['autodocs'],
  parameters: {
    docs: {
      page: () => (
        <ApiDocsPage
          hooks={[
            'useUploadImage',
            'useDownloadFile',
            'useOpenLocalFile',
            'useLocalFileExists',
            'usePreviewImage',
            'useOpenLink',
            'useOpenPage',
            'useOpenModal',
            'useOpenSlidePanel',
            'useUploadAttachment',
            'useCspacePreview',
          ]}
        />
      ),
    },
  },
} satisfies Meta;

const uploadImage = hookStories({
  api: 'biz.util.uploadImage',
  use: () => useUploadImage(),
  label: '上传附图',
  params: { multiple: true, max: 3 },
  dialog: '上传图片',
  respond: async ({ canvasElement }) => {
    const dialog = within(await findDialog(canvasElement, '上传图片'));
    await userEvent.upload(dialog.getByLabelText('选择图片'), [
      await pngFile('发票.png', '#3296fa'),
      await pngFile('行程单.png', '#15bc83'),
    ]);
    await dialog.findByRole('img', { name: '行程单.png' });
    await userEvent.click(dialog.getByRole('button', { name: '上传' }));
  },
  result: /^\["blob:[^"]+","blob:[^"]+"\]$/,
});
export const UploadImageSuccess = uploadImage.Success;
export const UploadImageCancelled = uploadImage.Cancelled;
export const UploadImageFailed = uploadImage.Failed;
export const UploadImageUnsupported = uploadImage.Unsupported;
export const UploadImageBeforeReady = uploadImage.BeforeReady;

const fileUrl = 'https://static.example.com/files/q3-report.pdf';

const downloadFile = hookStories({
  api: 'biz.util.downloadFile',
  use: () => useDownloadFile(),
  label: '下载报告',
  params: { url: fileUrl, name: '季度报告.pdf' },
  dingtalk: { downloadMs: 800 },
  respond: async ({ canvasElement }) => {
    const card = await page(canvasElement).findByRole('region', { name: '正在下载 季度报告.pdf' });
    await expect(within(card).getByRole('progressbar', { name: '下载进度' })).toBeVisible();
  },
  cancel: async ({ canvasElement }) => {
    const card = await page(canvasElement).findByRole('region', { name: '正在下载 季度报告.pdf' });
    await userEvent.click(within(card).getByRole('button', { name: '取消下载' }));
  },
  // A finished download resolves with nothing; the bar has reached 100%.
  result: '',
  extra: (call) => {
    const percent = (call.progress as { percent?: number } | undefined)?.percent ?? 0;
    return (
      <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        进度
        <progress max={100} value={percent} />
        <output aria-label="progress">{percent}%</output>
      </label>
    );
  },
});
export const DownloadFileSuccess = downloadFile.Success;
export const DownloadFileCancelled = downloadFile.Cancelled;
export const DownloadFileFailed = downloadFile.Failed;
export const DownloadFileUnsupported = downloadFile.Unsupported;
export const DownloadFileBeforeReady = downloadFile.BeforeReady;

/** The app gives up on the download (`cancel()`): the transfer stops and the hook is back to `idle`. */
export function DownloadFileAbortedByApp() {
  const download = useDownloadFile();
  return (
    <CallView
      label="下载报告"
      call={download}
      onRun={() => void download.run({ url: fileUrl, name: '季度报告.pdf' })}
      onCancel={download.cancel}
    />
  );
}
Object.assign(DownloadFileAbortedByApp, {
  parameters: { dingtalk: { downloadMs: 5000 } },
  play: async ({ canvasElement }: PlayContext) => {
    await expectOutput(canvasElement, 'handshake', 'ready');
    await press(canvasElement, '下载报告');
    await page(canvasElement).findByRole('progressbar', { name: '下载进度' });
    await press(canvasElement, '取消调用');
    await expectOutput(canvasElement, 'status', 'idle');
    await expectOutput(canvasElement, 'error', '');
    await waitFor(() =>
      expect(page(canvasElement).queryByRole('progressbar', { name: '下载进度' })).toBeNull(),
    );
  },
});

const openLocalFile = hookStories({
  api: 'biz.util.openLocalFile',
  use: () => useOpenLocalFile(),
  label: '打开报告',
  params: { url: fileUrl },
  // The file is in DingTalk's cache (downloaded earlier). An opened file resolves with nothing.
  dingtalk: { respond: { 'biz.util.openLocalFile': () => undefined } },
  result: '',
});
export const OpenLocalFileSuccess = openLocalFile.Success;
export const OpenLocalFileCancelled = openLocalFile.Cancelled;
export const OpenLocalFileFailed = openLocalFile.Failed;
export const OpenLocalFileUnsupported = openLocalFile.Unsupported;
export const OpenLocalFileBeforeReady = openLocalFile.BeforeReady;

/** Download, then the file is there: isLocalFileExist finds it, openLocalFile opens it. */
export function DownloadThenOpen() {
  const download = useDownloadFile();
  const exists = useLocalFileExists();
  const open = useOpenLocalFile();
  return (
    <div>
      <CallView
        label="下载报告"
        call={download}
        onRun={() => void download.run({ url: fileUrl, name: '季度报告.pdf' })}
      />
      <CallView
        label="检查缓存"
        call={exists}
        onRun={() => void exists.run({ params: [{ url: fileUrl }] })}
      />
      <CallView label="打开报告" call={open} onRun={() => void open.run({ url: fileUrl })} />
    </div>
  );
}
Object.assign(DownloadThenOpen, {
  parameters: { dingtalk: { downloadMs: 300 } },
  play: async ({ canvasElement }: PlayContext) => {
    const sections = within(canvasElement).getAllByRole('region');
    const [downloading, checking, opening] = sections.map((section) => section as HTMLElement);
    if (!downloading || !checking || !opening) throw new Error('Expected three sections.');
    await expectOutput(downloading, 'handshake', 'ready');
    await press(downloading, '下载报告');
    await expectOutput(downloading, 'status', 'success');
    await press(checking, '检查缓存');
    await expectOutput(checking, 'result', /"isExist":true/);
    await press(opening, '打开报告');
    await expectOutput(opening, 'status', 'success');
  },
});

const localFileExists = hookStories({
  api: 'biz.util.isLocalFileExist',
  use: () => useLocalFileExists(),
  label: '检查缓存',
  params: { params: [{ url: fileUrl }] },
  result: `[{"url":"${fileUrl}","path":"","isExist":false}]`,
});
export const LocalFileExistsSuccess = localFileExists.Success;
export const LocalFileExistsCancelled = localFileExists.Cancelled;
export const LocalFileExistsFailed = localFileExists.Failed;
export const LocalFileExistsUnsupported = localFileExists.Unsupported;
export const LocalFileExistsBeforeReady = localFileExists.BeforeReady;

const images = ['王芳', '黄婷', '梁爽'].map((name) => avatarDataUrl(name));
const previewImage = hookStories({
  api: 'biz.util.previewImage',
  use: () => usePreviewImage(),
  label: '查看图片',
  params: { urls: images, current: images[1] },
  respond: async ({ canvasElement }) => {
    const gallery = within(await findDialog(canvasElement, '图片预览'));
    await expect(gallery.getByText('2 / 3')).toBeVisible();
    await expect(gallery.getByRole('img').getAttribute('src')).toBe(images[1]);
    await userEvent.click(gallery.getByRole('button', { name: '下一张' }));
    await expect(gallery.getByText('3 / 3')).toBeVisible();
    await userEvent.click(gallery.getByRole('button', { name: '关闭' }));
  },
  result: '',
});
export const PreviewImageSuccess = previewImage.Success;
export const PreviewImageCancelled = previewImage.Cancelled;
export const PreviewImageFailed = previewImage.Failed;
export const PreviewImageUnsupported = previewImage.Unsupported;
export const PreviewImageBeforeReady = previewImage.BeforeReady;

const openLink = hookStories({
  api: 'biz.util.openLink',
  use: () => useOpenLink(),
  label: '打开帮助',
  params: { url: 'https://open.dingtalk.com/' },
  respond: async ({ canvasElement }) => {
    await page(canvasElement).findByText('将在浏览器中打开：https://open.dingtalk.com/');
  },
  result: '',
});
export const OpenLinkSuccess = openLink.Success;
export const OpenLinkCancelled = openLink.Cancelled;
export const OpenLinkFailed = openLink.Failed;
export const OpenLinkUnsupported = openLink.Unsupported;
export const OpenLinkBeforeReady = openLink.BeforeReady;

const openPage = hookStories({
  api: 'biz.util.open',
  use: () => useOpenPage(),
  label: '查看资料',
  params: { name: 'profile', params: { id: '0102' } },
  respond: async ({ canvasElement }) => {
    await page(canvasElement).findByText('将打开应用内页面 profile（0102）');
  },
  result: '',
});
export const OpenPageSuccess = openPage.Success;
export const OpenPageCancelled = openPage.Cancelled;
export const OpenPageFailed = openPage.Failed;
export const OpenPageUnsupported = openPage.Unsupported;
export const OpenPageBeforeReady = openPage.BeforeReady;

const openModal = hookStories({
  api: 'biz.util.openModal',
  use: () => useOpenModal(),
  label: '请假',
  params: { url: framedPageUrl('approval-form'), title: '新建请假申请' },
  dialog: '新建请假申请',
  respond: async ({ canvasElement }) => {
    const doc = await framedDocument(canvasElement, '新建请假申请', '请假事由');
    const form = within(doc.body);
    typeInFrame(form.getByRole('textbox', { name: /请假事由/ }), '家中有事');
    clickInFrame(form.getByRole('button', { name: '提交' }));
  },
  result: '{"message":"{\\"reason\\":\\"家中有事\\",\\"days\\":1}"}',
});
export const OpenModalSuccess = openModal.Success;
export const OpenModalCancelled = openModal.Cancelled;
export const OpenModalFailed = openModal.Failed;
export const OpenModalUnsupported = openModal.Unsupported;
export const OpenModalBeforeReady = openModal.BeforeReady;

const openSlidePanel = hookStories({
  api: 'biz.util.openSlidePanel',
  use: () => useOpenSlidePanel(),
  label: '查看审批',
  params: { url: framedPageUrl('approval-detail'), title: '审批详情' },
  dialog: /审批详情/,
  respond: async ({ canvasElement }) => {
    const doc = await framedDocument(canvasElement, /审批详情/, '王芳的请假申请');
    const panel = within(await findDialog(canvasElement, '审批详情 #3'));
    await waitFor(() => expect(panel.getByRole('button', { name: '上一条' })).toBeVisible(), {
      timeout: 4000,
    });
    await userEvent.click(panel.getByRole('button', { name: '上一条' }));
    await waitFor(() =>
      expect(within(doc.body).getByRole('status', { name: 'approval' }).textContent).toBe('#2'),
    );
    clickInFrame(within(doc.body).getByRole('button', { name: '同意' }));
  },
  result: '{"message":"approved #2"}',
});
export const OpenSlidePanelSuccess = openSlidePanel.Success;
export const OpenSlidePanelCancelled = openSlidePanel.Cancelled;
export const OpenSlidePanelFailed = openSlidePanel.Failed;
export const OpenSlidePanelUnsupported = openSlidePanel.Unsupported;
export const OpenSlidePanelBeforeReady = openSlidePanel.BeforeReady;

const attachment =
  '{"type":"file","data":[{"spaceId":"1001","fileId":"f01","fileName":"合同.pdf","fileSize":52133,"fileType":"pdf"}]}';
const uploadAttachment = hookStories({
  api: 'biz.util.uploadAttachment',
  use: () => useUploadAttachment(),
  label: '添加附件',
  params: {
    types: ['file', 'space'],
    file: { spaceId: '1001', max: 3 },
    space: { spaceId: '1001', max: 3 },
  },
  dialog: 'biz.util.uploadAttachment 需要人工响应',
  respond: ({ canvasElement }) => respondWithJson(canvasElement, 'biz.util.uploadAttachment', attachment),
  result: attachment,
});
export const UploadAttachmentSuccess = uploadAttachment.Success;
export const UploadAttachmentCancelled = uploadAttachment.Cancelled;
export const UploadAttachmentFailed = uploadAttachment.Failed;
export const UploadAttachmentUnsupported = uploadAttachment.Unsupported;
export const UploadAttachmentBeforeReady = uploadAttachment.BeforeReady;

const cspacePreview = hookStories({
  api: 'biz.cspace.preview',
  use: () => useCspacePreview(),
  label: '预览合同',
  params: { spaceId: '1001', fileId: 'f01', fileName: '合同.pdf', fileSize: 52133, fileType: 'pdf' },
  dialog: 'biz.cspace.preview 需要人工响应',
  respond: ({ canvasElement }) => respondWithJson(canvasElement, 'biz.cspace.preview', 'null'),
  result: 'null',
});
export const CspacePreviewSuccess = cspacePreview.Success;
export const CspacePreviewCancelled = cspacePreview.Cancelled;
export const CspacePreviewFailed = cspacePreview.Failed;
export const CspacePreviewUnsupported = cspacePreview.Unsupported;
export const CspacePreviewBeforeReady = cspacePreview.BeforeReady;
