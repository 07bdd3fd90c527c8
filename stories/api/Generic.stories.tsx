import { useJsApi } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { ApiDocsPage } from './support/ApiDocsPage';
import { hookStories } from './support/hookStories';
import { respondWithJson } from './support/play';

/**
 * `useJsApi(apiName)`: the action hook of any catalog API without a named hook, typed from the
 * catalog. Here the mobile month calendar, answered in the mock's generic dialog.
 */
export default {
  title: 'API/Generic',
  tags: ['autodocs'],
  parameters: { docs: { page: () => <ApiDocsPage hooks={['useJsApi']} /> } },
} satisfies Meta;

const calendar = hookStories({
  api: 'biz.calendar.chooseOneDay',
  use: () => useJsApi('biz.calendar.chooseOneDay'),
  label: '选择日期',
  params: { default: 1_780_272_000_000 },
  dingtalk: { platform: 'android' },
  dialog: 'biz.calendar.chooseOneDay 需要人工响应',
  respond: ({ canvasElement }) =>
    respondWithJson(canvasElement, 'biz.calendar.chooseOneDay', '{"chosen":1781712000000,"timezone":8}'),
  result: '{"chosen":1781712000000,"timezone":8}',
});
export const CalendarSuccess = calendar.Success;
export const CalendarCancelled = calendar.Cancelled;
export const CalendarFailed = calendar.Failed;
export const CalendarUnsupported = calendar.Unsupported;
export const CalendarBeforeReady = calendar.BeforeReady;

const network = hookStories({
  api: 'device.connection.getNetworkType',
  use: () => useJsApi('device.connection.getNetworkType'),
  label: '检查网络',
  dingtalk: { platform: 'ios' },
  result: '{"result":"wifi"}',
});
export const NetworkTypeSuccess = network.Success;
export const NetworkTypeCancelled = network.Cancelled;
export const NetworkTypeFailed = network.Failed;
export const NetworkTypeUnsupported = network.Unsupported;
export const NetworkTypeBeforeReady = network.BeforeReady;
