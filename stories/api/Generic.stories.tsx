import { useJsApi } from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { ApiDocsPage } from './support/ApiDocsPage';
import { hookStories } from './support/hookStories';
import { respondWithJson } from './support/play';

/**
 * `useJsApi(apiName)`: the action hook of any catalog API without a named hook, typed from the
 * catalog. Here a mobile date picker, answered in the mock's generic dialog.
 */
export default {
  title: 'API/Generic',
  tags: ['autodocs'],
  parameters: { docs: { page: () => <ApiDocsPage hooks={['useJsApi']} /> } },
} satisfies Meta;

const datepicker = hookStories({
  api: 'biz.util.datepicker',
  use: () => useJsApi('biz.util.datepicker'),
  label: '选择日期',
  params: { format: 'yyyy-MM-dd', value: '2026-06-01' },
  dingtalk: { platform: 'android' },
  dialog: 'biz.util.datepicker 需要人工响应',
  respond: ({ canvasElement }) =>
    respondWithJson(canvasElement, 'biz.util.datepicker', '{"value":"2026-06-18"}'),
  result: '{"value":"2026-06-18"}',
});
export const DatepickerSuccess = datepicker.Success;
export const DatepickerCancelled = datepicker.Cancelled;
export const DatepickerFailed = datepicker.Failed;
export const DatepickerUnsupported = datepicker.Unsupported;
export const DatepickerBeforeReady = datepicker.BeforeReady;

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
