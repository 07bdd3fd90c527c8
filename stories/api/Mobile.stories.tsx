import {
  useBackButton,
  useChooseImage,
  useClosePage,
  useDatePicker,
  useDateTimePicker,
  useGeolocation,
  useGoBack,
  useNavigationMenu,
  useNetworkType,
  useRightButton,
  useScan,
  useSetMenu,
  useSetRight,
  useShare,
  useSystemInfo,
  useTimePicker,
  useVibrate,
} from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { useState } from 'react';
import { userEvent, within } from 'storybook/test';
import { ApiDocsPage } from './support/ApiDocsPage';
import { hookStories } from './support/hookStories';
import { answer, expectOutput, findDialog, type PlayContext, pngFile } from './support/play';

/**
 * 移动端: scan, location, choosing images, share, the date and time pickers, vibrate, the network
 * type, the system info and the navigation bar (right button, menu, back, close). They run on iOS and Android, not on PC; the
 * stories behave as Android on a phone.
 */
export default {
  title: 'API/Mobile',
  tags: ['autodocs'],
  parameters: {
    dingtalk: { platform: 'android', surface: 'mobile' },
    docs: {
      page: () => (
        <ApiDocsPage
          hooks={[
            'useScan',
            'useGeolocation',
            'useChooseImage',
            'useShare',
            'useDatePicker',
            'useTimePicker',
            'useDateTimePicker',
            'useVibrate',
            'useNetworkType',
            'useSystemInfo',
            'useSetRight',
            'useSetMenu',
            'useBackButton',
            'useRightButton',
            'useNavigationMenu',
            'useGoBack',
            'useClosePage',
          ]}
        />
      ),
    },
  },
} satisfies Meta;

/** Types `text` into the field named `field` of the dialog named `dialog`, then presses 确定. */
async function fillIn({ canvasElement }: PlayContext, dialog: string, field: string, text: string) {
  const shown = await findDialog(canvasElement, dialog);
  await userEvent.type(within(shown).getByLabelText(field), text);
  await userEvent.click(within(shown).getByRole('button', { name: '确定' }));
}

const scan = hookStories({
  api: 'biz.util.scan',
  use: () => useScan(),
  label: '扫码签到',
  params: { type: 'qrCode' },
  dialog: '扫一扫',
  respond: (context) => fillIn(context, '扫一扫', '码的内容', 'MEETING-0315'),
  result: '{"text":"MEETING-0315"}',
});
export const ScanSuccess = scan.Success;
export const ScanCancelled = scan.Cancelled;
export const ScanFailed = scan.Failed;
export const ScanUnsupported = scan.Unsupported;
export const ScanBeforeReady = scan.BeforeReady;

const geolocation = hookStories({
  api: 'device.geolocation.get',
  use: () => useGeolocation(),
  label: '外勤打卡',
  params: { targetAccuracy: 200, coordinate: 1, withReGeocode: true },
  result: /"latitude":30\.2796.*"address":"浙江省杭州市余杭区"/,
});
export const GeolocationSuccess = geolocation.Success;
export const GeolocationCancelled = geolocation.Cancelled;
export const GeolocationFailed = geolocation.Failed;
export const GeolocationUnsupported = geolocation.Unsupported;
export const GeolocationBeforeReady = geolocation.BeforeReady;

const chooseImage = hookStories({
  api: 'biz.util.chooseImage',
  use: () => useChooseImage(),
  label: '拍照上传',
  params: { count: 1, sourceType: ['camera', 'album'] },
  dialog: '选择图片',
  respond: async ({ canvasElement }) => {
    const dialog = within(await findDialog(canvasElement, '选择图片'));
    await userEvent.upload(dialog.getByLabelText('选择图片'), await pngFile('现场.png', '#3296fa'));
    await dialog.findByRole('img', { name: '现场.png' });
    await userEvent.click(dialog.getByRole('button', { name: '确定' }));
  },
  result:
    /^\{"filePaths":\["blob:[^"]+"\],"files":\[\{"path":"blob:[^"]+","size":\d+,"fileType":"png"\}\]\}$/,
});
export const ChooseImageSuccess = chooseImage.Success;
export const ChooseImageCancelled = chooseImage.Cancelled;
export const ChooseImageFailed = chooseImage.Failed;
export const ChooseImageUnsupported = chooseImage.Unsupported;
export const ChooseImageBeforeReady = chooseImage.BeforeReady;

const share = hookStories({
  api: 'biz.util.share',
  use: () => useShare(),
  label: '分享周报',
  params: {
    type: 0,
    url: 'https://example.com/report/7',
    title: '第 7 周周报',
    content: '本周进展',
    image: '',
  },
  dialog: '分享“第 7 周周报”到',
  respond: ({ canvasElement }) => answer(canvasElement, '分享“第 7 周周报”到', '钉钉好友'),
  result: '{"shareType":"dingtalk"}',
});
export const ShareSuccess = share.Success;
export const ShareCancelled = share.Cancelled;
export const ShareFailed = share.Failed;
export const ShareUnsupported = share.Unsupported;
export const ShareBeforeReady = share.BeforeReady;

const datePicker = hookStories({
  api: 'biz.util.datepicker',
  use: () => useDatePicker(),
  label: '选择请假日期',
  params: { format: 'yyyy-MM-dd' },
  dialog: '选择日期',
  respond: (context) => fillIn(context, '选择日期', '选择日期', '2026-05-01'),
  result: '{"value":"2026-05-01"}',
});
export const DatePickerSuccess = datePicker.Success;
export const DatePickerCancelled = datePicker.Cancelled;
export const DatePickerFailed = datePicker.Failed;
export const DatePickerUnsupported = datePicker.Unsupported;
export const DatePickerBeforeReady = datePicker.BeforeReady;

const timePicker = hookStories({
  api: 'biz.util.timepicker',
  use: () => useTimePicker(),
  label: '选择提醒时间',
  params: { format: 'HH:mm' },
  dialog: '选择时间',
  respond: (context) => fillIn(context, '选择时间', '选择时间', '09:30'),
  result: '{"value":"09:30"}',
});
export const TimePickerSuccess = timePicker.Success;
export const TimePickerCancelled = timePicker.Cancelled;
export const TimePickerFailed = timePicker.Failed;
export const TimePickerUnsupported = timePicker.Unsupported;
export const TimePickerBeforeReady = timePicker.BeforeReady;

const dateTimePicker = hookStories({
  api: 'biz.util.datetimepicker',
  use: () => useDateTimePicker(),
  label: '选择会议时间',
  params: { format: 'yyyy-MM-dd HH:mm', value: '2026-05-06 14:00' },
  dialog: '选择日期和时间',
  // The field starts at the app's value; the person confirms it.
  respond: ({ canvasElement }) => answer(canvasElement, '选择日期和时间', '确定'),
  result: '{"value":"2026-05-06 14:00"}',
});
export const DateTimePickerSuccess = dateTimePicker.Success;
export const DateTimePickerCancelled = dateTimePicker.Cancelled;
export const DateTimePickerFailed = dateTimePicker.Failed;
export const DateTimePickerUnsupported = dateTimePicker.Unsupported;
export const DateTimePickerBeforeReady = dateTimePicker.BeforeReady;

const vibrate = hookStories({
  api: 'device.notification.vibrate',
  use: () => useVibrate(),
  label: '提醒',
  params: { duration: 300 },
  result: '',
});
export const VibrateSuccess = vibrate.Success;
export const VibrateCancelled = vibrate.Cancelled;
export const VibrateFailed = vibrate.Failed;
export const VibrateUnsupported = vibrate.Unsupported;
export const VibrateBeforeReady = vibrate.BeforeReady;

const networkType = hookStories({
  api: 'device.connection.getNetworkType',
  use: () => useNetworkType(),
  label: '检查网络',
  result: '{"result":"wifi"}',
});
export const NetworkTypeSuccess = networkType.Success;
export const NetworkTypeCancelled = networkType.Cancelled;
export const NetworkTypeFailed = networkType.Failed;
export const NetworkTypeUnsupported = networkType.Unsupported;
export const NetworkTypeBeforeReady = networkType.BeforeReady;

const systemInfo = hookStories({
  api: 'getSystemInfo',
  use: () => useSystemInfo(),
  label: '适配屏幕',
  result: /"brand":"Xiaomi".*"platform":"Android".*"statusBarHeight":33/,
});
export const SystemInfoSuccess = systemInfo.Success;
export const SystemInfoCancelled = systemInfo.Cancelled;
export const SystemInfoFailed = systemInfo.Failed;
export const SystemInfoUnsupported = systemInfo.Unsupported;
export const SystemInfoBeforeReady = systemInfo.BeforeReady;

// The client answers these at once; the taps on what they set are later answers (see the
// navigation bar stories below).
const setRight = hookStories({
  api: 'biz.navigation.setRight',
  use: () => useSetRight(),
  label: '显示“保存”',
  params: { show: true, control: true, text: '保存' },
  result: '',
});
export const SetRightSuccess = setRight.Success;
export const SetRightCancelled = setRight.Cancelled;
export const SetRightFailed = setRight.Failed;
export const SetRightUnsupported = setRight.Unsupported;
export const SetRightBeforeReady = setRight.BeforeReady;

const setMenu = hookStories({
  api: 'biz.navigation.setMenu',
  use: () => useSetMenu(),
  label: '显示菜单',
  params: {
    items: [
      { id: 'refresh', text: '刷新' },
      { id: 'help', text: '帮助' },
    ],
  },
  result: '',
});
export const SetMenuSuccess = setMenu.Success;
export const SetMenuCancelled = setMenu.Cancelled;
export const SetMenuFailed = setMenu.Failed;
export const SetMenuUnsupported = setMenu.Unsupported;
export const SetMenuBeforeReady = setMenu.BeforeReady;

const goBack = hookStories({
  api: 'biz.navigation.goBack',
  use: () => useGoBack(),
  label: '返回',
  result: '',
});
export const GoBackSuccess = goBack.Success;
export const GoBackCancelled = goBack.Cancelled;
export const GoBackFailed = goBack.Failed;
export const GoBackUnsupported = goBack.Unsupported;
export const GoBackBeforeReady = goBack.BeforeReady;

const closePage = hookStories({
  api: 'biz.navigation.close',
  use: () => useClosePage(),
  label: '关闭页面',
  result: '',
});
export const ClosePageSuccess = closePage.Success;
export const ClosePageCancelled = closePage.Cancelled;
export const ClosePageFailed = closePage.Failed;
export const ClosePageUnsupported = closePage.Unsupported;
export const ClosePageBeforeReady = closePage.BeforeReady;

// The navigation bar: the mobile surface's title bar is the mock's navigation bar, drawing what
// the page set on it, and a tap there is what the client answers (the call's later answer on iOS,
// the back event on Android).

/** A page that takes over the bar's buttons while its editor is open, and logs their taps. */
function EditorPage() {
  const [editing, setEditing] = useState(true);
  const [taps, setTaps] = useState<string[]>([]);
  const note = (tap: string) => setTaps((list) => [...list, tap]);
  return (
    <>
      <button type="button" onClick={() => setEditing((open) => !open)}>
        {editing ? '关闭编辑' : '打开编辑'}
      </button>
      {editing && <Editor onTap={note} />}
      <output aria-label="taps">{taps.join(' ')}</output>
    </>
  );
}

function Editor({ onTap }: { onTap: (tap: string) => void }) {
  useBackButton(() => onTap('返回'), { text: '上一步' });
  useRightButton({ text: '保存', onClick: () => onTap('保存') });
  useNavigationMenu({
    items: [
      { id: 'share', text: '分享' },
      { id: 'help', text: '帮助' },
    ],
    onSelect: (id) => onTap(id),
  });
  return <p>编辑中：导航栏的按钮由页面接管</p>;
}

const bar = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('navigation', { name: '导航栏' }));
const tapBar = async (canvasElement: HTMLElement, name: string) => {
  await within(canvasElement).findByRole('navigation', { name: '导航栏' });
  await userEvent.click(await bar(canvasElement).findByRole('button', { name }));
};

/** iOS: a tap on the left button the page took over runs `useBackButton`'s handler, not the client's back. */
export function NavigationBarBackOnIos() {
  return <EditorPage />;
}
NavigationBarBackOnIos.parameters = { dingtalk: { platform: 'ios', surface: 'mobile' } };
NavigationBarBackOnIos.play = async ({ canvasElement }: PlayContext) => {
  await tapBar(canvasElement, '上一步');
  await expectOutput(canvasElement, 'taps', '返回');
};

/** Android: the left button nobody took over is the back key; `useBackButton` gets its event. */
export function NavigationBarBackOnAndroid() {
  return <EditorPage />;
}
NavigationBarBackOnAndroid.play = async ({ canvasElement }: PlayContext) => {
  await tapBar(canvasElement, '返回');
  await expectOutput(canvasElement, 'taps', '返回');
};

/** A tap on the right button `useRightButton` shows calls its `onClick`. */
export function NavigationBarRightButton() {
  return <EditorPage />;
}
NavigationBarRightButton.parameters = { dingtalk: { platform: 'ios', surface: 'mobile' } };
NavigationBarRightButton.play = async ({ canvasElement }: PlayContext) => {
  await tapBar(canvasElement, '保存');
  await expectOutput(canvasElement, 'taps', '保存');
};

/** A tap on a menu item `useNavigationMenu` shows calls `onSelect` with its `id`. */
export function NavigationBarMenu() {
  return <EditorPage />;
}
NavigationBarMenu.parameters = { dingtalk: { platform: 'ios', surface: 'mobile' } };
NavigationBarMenu.play = async ({ canvasElement }: PlayContext) => {
  await tapBar(canvasElement, '帮助');
  await tapBar(canvasElement, '分享');
  await expectOutput(canvasElement, 'taps', 'help share');
};

/** Once the editor unmounts, the bar is the client's own again: 返回, no right button, no menu. */
export function NavigationBarGivenBack() {
  return <EditorPage />;
}
NavigationBarGivenBack.parameters = { dingtalk: { platform: 'ios', surface: 'mobile' } };
NavigationBarGivenBack.play = async ({ canvasElement }: PlayContext) => {
  await tapBar(canvasElement, '保存');
  await userEvent.click(within(canvasElement).getByRole('button', { name: '关闭编辑' }));
  await bar(canvasElement).findByRole('button', { name: '返回' });
  if (bar(canvasElement).queryByRole('button', { name: '保存' })) throw new Error('The right button stayed.');
  await tapBar(canvasElement, '返回');
  await expectOutput(canvasElement, 'taps', '保存');
};
