import {
  useComplexPicker,
  useContactChoose,
  useCustomContactChoose,
  useCustomContactMultipleChoose,
  useDepartmentsPicker,
  useExternalComplexPicker,
  useExternalEditForm,
} from '@dingkit/react';
import type { Meta } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { ApiDocsPage } from './support/ApiDocsPage';
import { hookStories } from './support/hookStories';
import { expectOutput, findDialog, press, respondWithJson } from './support/play';

/**
 * 通讯录: the contact and department pickers, answered in the mock's picker over the fixture
 * organisation (8 departments, 36 people).
 */
export default {
  title: 'API/Contact',
  tags: ['autodocs'],
  parameters: {
    docs: {
      page: () => (
        <ApiDocsPage
          hooks={[
            'useContactChoose',
            'useCustomContactChoose',
            'useCustomContactMultipleChoose',
            'useComplexPicker',
            'useDepartmentsPicker',
            'useExternalComplexPicker',
            'useExternalEditForm',
          ]}
        />
      ),
    },
  },
} satisfies Meta;

/** In the picker named `title`: checks each of `names` (searching for people) and confirms. */
async function pick(canvasElement: HTMLElement, title: string, names: string[], search = true) {
  const dialog = await findDialog(canvasElement, title);
  const box = within(dialog);
  for (const name of names) {
    if (search) {
      const field = box.getByRole('searchbox', { name: '搜索' });
      await userEvent.clear(field);
      await userEvent.type(field, name);
    }
    const option =
      box.queryByRole('checkbox', { name: new RegExp(name) }) ??
      box.getByRole('radio', { name: new RegExp(name) });
    await userEvent.click(option);
  }
  await userEvent.click(box.getByRole('button', { name: '确定' }));
}

const choose = hookStories({
  api: 'biz.contact.choose',
  use: () => useContactChoose(),
  label: '选择同事',
  params: { multiple: true, max: 5 },
  dialog: '选择联系人',
  respond: ({ canvasElement }) => pick(canvasElement, '选择联系人', ['黄婷', '胡斌']),
  result:
    /^\[\{"name":"黄婷","avatar":"data:image\/svg\+xml.*","emplId":"0108"\},\{"name":"胡斌",.*"emplId":"0115"\}\]$/,
});
export const ContactChooseSuccess = choose.Success;
export const ContactChooseCancelled = choose.Cancelled;
export const ContactChooseFailed = choose.Failed;
export const ContactChooseUnsupported = choose.Unsupported;
export const ContactChooseBeforeReady = choose.BeforeReady;

/** Walks the department tree instead of searching: 研发部 › 前端组. */
export const ContactChooseByDepartment = Object.assign(() => <ContactChooseSuccess />, {
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expectOutput(canvasElement, 'handshake', 'ready');
    await press(canvasElement, '选择同事');
    const dialog = within(await findDialog(canvasElement, '选择联系人'));
    await userEvent.click(dialog.getByRole('button', { name: '进入 研发部' }));
    await userEvent.click(dialog.getByRole('button', { name: '进入 前端组' }));
    await userEvent.click(dialog.getByRole('checkbox', { name: /周杰/ }));
    await userEvent.click(dialog.getByRole('button', { name: '确定' }));
    await expectOutput(canvasElement, 'result', /"name":"周杰"/);
  },
});

const customChoose = hookStories({
  api: 'biz.customContact.choose',
  use: () => useCustomContactChoose(),
  label: '选择审批人',
  params: { title: '选择审批人', users: ['0102', '0107', '0115'], isShowCompanyName: true },
  dialog: '选择审批人',
  respond: ({ canvasElement }) => pick(canvasElement, '选择审批人', ['赵磊'], false),
  result: /^\[\{"name":"赵磊",.*"emplId":"0107"\}\]$/,
});
export const CustomContactChooseSuccess = customChoose.Success;
export const CustomContactChooseCancelled = customChoose.Cancelled;
export const CustomContactChooseFailed = customChoose.Failed;
export const CustomContactChooseUnsupported = customChoose.Unsupported;
export const CustomContactChooseBeforeReady = customChoose.BeforeReady;

const multipleChoose = hookStories({
  api: 'biz.customContact.multipleChoose',
  use: () => useCustomContactMultipleChoose(),
  label: '选择抄送人',
  params: {
    title: '选择抄送人',
    users: ['0102', '0103', '0104', '0105', '0106'],
    selectedUsers: ['0103'],
    disabledUsers: ['0104'],
    max: 3,
  },
  dialog: '选择抄送人',
  respond: ({ canvasElement }) => pick(canvasElement, '选择抄送人', ['王芳'], false),
  result: /^\[\{"name":"李娜",.*\},\{"name":"王芳",.*\}\]$/,
});
export const CustomContactMultipleChooseSuccess = multipleChoose.Success;
export const CustomContactMultipleChooseCancelled = multipleChoose.Cancelled;
export const CustomContactMultipleChooseFailed = multipleChoose.Failed;
export const CustomContactMultipleChooseUnsupported = multipleChoose.Unsupported;
export const CustomContactMultipleChooseBeforeReady = multipleChoose.BeforeReady;

const complexPicker = hookStories({
  api: 'biz.contact.complexPicker',
  use: () => useComplexPicker(),
  label: '选择参与人',
  params: { title: '选择参与人', multiple: true, maxUsers: 20 },
  dialog: '选择参与人',
  respond: async ({ canvasElement }) => {
    const dialog = within(await findDialog(canvasElement, '选择参与人'));
    await userEvent.click(dialog.getByRole('checkbox', { name: /设计部/ }));
    await pick(canvasElement, '选择参与人', ['黄婷']);
  },
  result:
    /^\{"selectedCount":6,"users":\[\{"name":"黄婷",.*"selectDeptName":"前端组"\}\],"departments":\[\{"id":"4","name":"设计部","number":5\}\]\}$/,
});
export const ComplexPickerSuccess = complexPicker.Success;
export const ComplexPickerCancelled = complexPicker.Cancelled;
export const ComplexPickerFailed = complexPicker.Failed;
export const ComplexPickerUnsupported = complexPicker.Unsupported;
export const ComplexPickerBeforeReady = complexPicker.BeforeReady;

const departmentsPicker = hookStories({
  api: 'biz.contact.departmentsPicker',
  use: () => useDepartmentsPicker(),
  label: '选择部门',
  params: { title: '选择部门', multiple: true },
  dialog: '选择部门',
  respond: async ({ canvasElement }) => {
    const dialog = within(await findDialog(canvasElement, '选择部门'));
    await userEvent.click(dialog.getByRole('checkbox', { name: /产品部/ }));
    await userEvent.click(dialog.getByRole('checkbox', { name: /市场部/ }));
    await userEvent.click(dialog.getByRole('button', { name: '确定' }));
  },
  result:
    '{"userCount":11,"departments":[{"id":"2","name":"产品部","number":5},{"id":"5","name":"市场部","number":6}],"departmentsCount":2}',
});
export const DepartmentsPickerSuccess = departmentsPicker.Success;
export const DepartmentsPickerCancelled = departmentsPicker.Cancelled;
export const DepartmentsPickerFailed = departmentsPicker.Failed;
export const DepartmentsPickerUnsupported = departmentsPicker.Unsupported;
export const DepartmentsPickerBeforeReady = departmentsPicker.BeforeReady;

const external = '[{"name":"周明","avatar":"","userId":"ext01","orgName":"杭州云栖伙伴有限公司"}]';
const externalPicker = hookStories({
  api: 'biz.contact.externalComplexPicker',
  use: () => useExternalComplexPicker(),
  label: '选择外部联系人',
  params: { title: '选择外部联系人', multiple: true },
  dialog: 'biz.contact.externalComplexPicker 需要人工响应',
  respond: ({ canvasElement }) =>
    respondWithJson(canvasElement, 'biz.contact.externalComplexPicker', external),
  result: external,
});
export const ExternalComplexPickerSuccess = externalPicker.Success;
export const ExternalComplexPickerCancelled = externalPicker.Cancelled;
export const ExternalComplexPickerFailed = externalPicker.Failed;
export const ExternalComplexPickerUnsupported = externalPicker.Unsupported;
export const ExternalComplexPickerBeforeReady = externalPicker.BeforeReady;

const saved = '{"userId":"ext09","name":"陈晨","companyName":"杭州云栖伙伴有限公司"}';
const externalForm = hookStories({
  api: 'biz.contact.externalEditForm',
  use: () => useExternalEditForm(),
  label: '添加外部联系人',
  params: { title: '添加外部联系人', name: '陈晨' },
  dialog: 'biz.contact.externalEditForm 需要人工响应',
  respond: ({ canvasElement }) => respondWithJson(canvasElement, 'biz.contact.externalEditForm', saved),
  result: saved,
});
export const ExternalEditFormSuccess = externalForm.Success;
export const ExternalEditFormCancelled = externalForm.Cancelled;
export const ExternalEditFormFailed = externalForm.Failed;
export const ExternalEditFormUnsupported = externalForm.Unsupported;
export const ExternalEditFormBeforeReady = externalForm.BeforeReady;
