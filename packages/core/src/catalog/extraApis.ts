// APIs that the handbook's H5 JS-API table marks PC-supported but the PC reference does not
// document. Field names follow dingtalk-jsapi's published declarations (the per-API module and,
// where that one is untyped, the `union/` module that calls the same API). Callbacks are not
// params: dingkit returns promises.
import type { ContactUser, DingAlertDate } from './pcApis';

/** channel.permission.requestAuthCode — 服务窗免登授权码. */
export interface ChannelAuthCodeParams {
  /** 企业ID. */
  corpId: string;
}
/** What channel.permission.requestAuthCode answers. */
export interface ChannelAuthCodeResult {
  /** The one-time auth code; exchange it on the server. */
  code: string;
}

/** runtime.permission.requestOperateAuthCode — 反馈式操作的临时授权码. */
export interface OperateAuthCodeParams {
  /** 企业ID. */
  corpId: string;
  /** 微应用ID; must be the one passed to `config`. */
  agentId: string;
}
/** What runtime.permission.requestOperateAuthCode answers. */
export interface OperateAuthCodeResult {
  /** The temporary operate code. */
  code: string;
}

/** biz.telephone.quickCallList — 拨打单人电话选项（可定制）. */
export interface QuickCallListParams {
  /** 企业ID. */
  corpId: string;
  /** Title of the menu. */
  title: string;
  /** Text shown in the menu. */
  content: string;
  /** The call types to offer, as the client numbers them; at least one. */
  typeList: number[];
  /** userid of the person to call. */
  staffId?: string;
  /** Phone number to call, when not calling a colleague by userid. */
  phoneNumber?: string;
}
/** The call the person started from biz.telephone.quickCallList. */
export interface QuickCallListResult {
  callId: string;
  /** The call type the person chose. */
  callType: number;
  callTypeList: number[];
}

/** The kind of DING biz.ding.create opens. */
export type DingBizType = 0 | 1 | 2;

/** biz.ding.create — DING 2.0: opens the DING, task or meeting composer. */
export interface DingCreateParams {
  /** 用户列表，工号 (userids); at least one. */
  users: string[];
  /** 企业ID. */
  corpId: string;
  /** 附件类型: 1 image, 2 link. Needed with `attachment`. */
  type?: 1 | 2;
  /** 钉发送方式: 0 phone call, 1 SMS, 2 in-app. */
  alertType?: 0 | 1 | 2;
  /** 提醒时间, e.g. `{ format: 'yyyy-MM-dd HH:mm', value: '2015-05-09 08:00' }`. */
  alertDate?: DingAlertDate;
  /** 附件信息: `{ images }` for type 1, a link card for type 2. */
  attachment?: { images: string[] } | { title: string; url: string; image?: string; text?: string };
  /** 正文. */
  text?: string;
  /** 业务类型: 0 DING notice, 1 task, 2 meeting. @default 0 */
  bizType?: DingBizType;
  /** 会议信息, for `bizType: 2`. */
  confInfo?: {
    /** 0: scheduled meeting, 1: scheduled phone meeting, 2: scheduled video meeting. */
    bizSubType: 0 | 1 | 2;
    /** 会议地点. */
    location?: string;
    startTime?: DingAlertDate;
    endTime?: DingAlertDate;
    /** Minutes before the start to remind: -1 never, 0 at the start, 5, 15, 30, 60, 1440. */
    remindMinutes?: number;
    /** 提醒方式: 0 phone call, 1 SMS, 2 in-app. */
    remindType?: 0 | 1 | 2;
  };
  /** 任务信息, for `bizType: 1`. */
  taskInfo?: {
    /** 抄送用户列表 (userids). */
    ccUsers?: string[];
    /** 任务截止时间. */
    deadlineTime?: DingAlertDate;
    /** Minutes before the deadline to remind: 0 never, 15, 60, 180, 1440. */
    taskRemind?: number;
  };
}
/** What biz.ding.create answers. */
export interface DingCreateResult {
  /** Whether a DING was sent; `false` when the person left the composer without sending. */
  dingCreateResult?: boolean;
}

/** A person as biz.contact.complexPicker returns them. */
export interface PickedUser extends ContactUser {
  /** 员工部门 id. */
  selectDeptId?: number;
  /** 员工部门名称. */
  selectDeptName?: string;
  /** 用户所在企业. */
  corpId?: string;
}

/** A department as the pickers return them. */
export interface PickedDepartment {
  /** 部门id. */
  id: string;
  /** 部门名称. */
  name: string;
  /** 部门人数. The declarations disagree on string or number; read it with `Number()`. */
  number: number | string;
}

/** biz.contact.complexPicker — choose people and departments. */
export interface ComplexPickerParams {
  /** 标题. */
  title?: string;
  /** 企业ID. */
  corpId: string;
  /** 是否多选. */
  multiple?: boolean;
  /** Shown when more than `maxUsers` are chosen. */
  limitTips?: string;
  /** Shown at the bottom while nobody is chosen. */
  pickTips?: string;
  /** 最大可选人数, a positive integer. */
  maxUsers?: number;
  /** 已选用户 (userids); can be deselected. */
  pickedUsers?: string[];
  /** 已选部门 (department ids); can be deselected. */
  pickedDepartments?: string[];
  /** 不可选用户. */
  disabledUsers?: string[];
  /** 不可选部门. */
  disabledDepartments?: string[];
  /** 必选用户: chosen and cannot be deselected. */
  requiredUsers?: string[];
  /** 必选部门: chosen and cannot be deselected. */
  requiredDepartments?: string[];
  /** 微应用的Id. */
  appId?: number;
  /** 选人权限; only `'GLOBAL'` exists. */
  permissionType?: string;
  /** `true`: return people only (chosen departments become their members). */
  responseUserOnly?: boolean;
  /** 0: start from the top of the organisation. */
  startWithDepartmentId?: number;
  /** Mobile only: open at this department (-1 root, 0 current); needs `startWithDepartmentId: 2`. */
  deptId?: number;
  /** 上游业务来源. */
  origin?: number;
  /** 上游业务来源描述. */
  originMeta?: string;
  /** The first page: the organisation chart or the organisation list. */
  rootPage?: string;
  /** Offer choosing by role on the organisation list. */
  showLabelPick?: boolean;
  /** Offer the organisation's up- and downstream organisations. */
  showOrgEcological?: boolean;
  /** Show only this organisation's up- and downstream organisations. */
  filterOrgEcological?: boolean;
}
/** The people and departments chosen in biz.contact.complexPicker. */
export interface ComplexPickerResult {
  /** 选择人数. */
  selectedCount: number;
  /** 选中的人. */
  users?: PickedUser[];
  /** 选中的部门. */
  departments?: PickedDepartment[];
}

/** biz.contact.departmentsPicker — choose departments. */
export interface DepartmentsPickerParams {
  /** 企业ID. */
  corpId: string;
  /** 标题. */
  title?: string;
  /** 是否多选. */
  multiple?: boolean;
  /** 最多可选部门数, a positive integer. */
  maxDepartments?: number;
  /** Shown when more than `maxDepartments` are chosen. */
  limitTips?: string;
  /** 已选部门 (ids); can be deselected. */
  pickedDepartments?: string[];
  /** 不可选部门. */
  disabledDepartments?: string[];
  /** 必选部门: chosen and cannot be deselected. */
  requiredDepartments?: string[];
  /** 微应用的Id. */
  appId?: string;
}
/** The departments chosen in biz.contact.departmentsPicker. */
export interface DepartmentsPickerResult {
  /** People in the chosen departments. */
  userCount: number;
  departments: PickedDepartment[];
  departmentsCount: number;
}

/** biz.contact.externalComplexPicker — choose external contacts (外部联系人). */
export interface ExternalPickerParams {
  /** 企业ID. */
  corpId: string;
  /** 标题. */
  title?: string;
  /** 是否多选. */
  multiple?: boolean;
  /** 最大可选人数, a positive integer. */
  maxUsers?: number;
  /** Shown when more than `maxUsers` are chosen. */
  limitTips?: string;
  /** 已选 (userids); can be deselected. Multiple choice only. */
  pickedUsers?: string[];
  /** 不可选. Multiple choice only. */
  disabledUsers?: string[];
  /** 必选: chosen and cannot be deselected. Multiple choice only. */
  requiredUsers?: string[];
}
/** An external contact as the external picker returns them. */
export interface ExternalContact {
  name: string;
  /** 头像图片url; may be empty. */
  avatar: string;
  /** The external contact's userid. */
  userId: string;
  /** 所属组织. */
  orgName: string;
}
/** The chosen contacts. */
export type ExternalPickerResult = ExternalContact[];

/** biz.contact.externalEditForm — open the form to add or edit an external contact. */
export interface ExternalEditFormParams {
  /** 企业ID. */
  corpId?: string;
  /** userid of the external contact to edit; omit to add a new one. */
  emplId?: string;
  /** Form title. */
  title?: string;
  /** Prefilled fields. */
  name?: string;
  mobile?: string;
  companyName?: string;
  deptName?: string;
  job?: string;
  remark?: string;
}
/** The contact as saved. */
export interface ExternalEditFormResult {
  userId?: string;
  name?: string;
  mobile?: string;
  companyName?: string;
  deptName?: string;
  job?: string;
  remark?: string;
}

/** How biz.cspace.preview lets the person handle the file (mobile only). */
export type CspacePreviewMode = 'safe' | 'normal' | 'edit' | 'revise' | 'restrict';

/** biz.cspace.preview — preview a file stored in 钉盘. */
export interface CspacePreviewParams {
  /** 企业ID; the file can then only be forwarded or saved within this organisation. */
  corpId: string;
  /** 空间ID. */
  spaceId: string;
  /** 文件ID. */
  fileId: string;
  /** 文件名称. */
  fileName: string;
  /** 文件大小, in bytes. */
  fileSize: number;
  /** 文件扩展名. */
  fileType: string;
  /** Which buttons (download, forward…) the preview shows; mobile only. */
  mode?: CspacePreviewMode;
  /** A version of the file to show (client 4.3.5+, mobile). */
  version?: string;
}

/** Where biz.util.uploadAttachment may take files from. */
export type AttachmentSource = 'photo' | 'camera' | 'file' | 'space';

/** biz.util.uploadAttachment — upload to 钉盘 or pick from it. */
export interface UploadAttachmentParams {
  /** 可选的来源, one to four of them. Each needs its options object below. */
  types: AttachmentSource[];
  /** Options for `'photo'` and `'camera'`. */
  image?: {
    /** 企业自定义空间ID. */
    spaceId: string;
    /** Folder inside the space. */
    folderId?: string;
    /** @default false */
    multiple?: boolean;
    /** @default true */
    compress?: boolean;
    /** 最多选择数, 1 to 9. */
    max?: number;
  };
  /** Options for `'file'` (files of the device). */
  file?: {
    /** 企业自定义空间ID. */
    spaceId: string;
    /** Folder inside the space. */
    folderId?: string;
    /** 最多选择数, 1 to 9. */
    max?: number;
  };
  /** Options for `'space'` (files already in 钉盘). */
  space?: {
    /** 企业ID. */
    corpId: string;
    /** 企业自定义空间ID. */
    spaceId: string;
    /** Folder inside the space. */
    folderId?: string;
    /** 1: copy the chosen files into the space, 0: don't. */
    isCopy?: 0 | 1;
    /** 最多选择数, 1 to 9. */
    max?: number;
  };
}
/** A file in 钉盘. */
export interface SpaceFile {
  spaceId: string;
  fileId: string;
  fileName: string;
  /** 文件大小, in bytes. */
  fileSize: number;
  /** 文件扩展名. */
  fileType: string;
}
/** What biz.util.uploadAttachment uploaded or picked. */
export interface UploadAttachmentResult {
  /** The source the person chose. */
  type: AttachmentSource;
  /** The uploaded or chosen files. */
  data: SpaceFile[];
}

/** biz.conference.videoConfCall — start a video meeting with colleagues. */
export interface VideoConfCallParams {
  /** 通话主题; short and meaningful, it names the call in the call log. */
  title: string;
  /** 被叫的所属企业ID. */
  calleeCorpId: string;
  /** userids in `calleeCorpId` to call; at least one. */
  calleeStaffIds: string[];
}

/** biz.live.startClassRoom — start an online class (ISV apps, PC). */
export interface StartClassRoomParams {
  /** The class to start, as created on the server. Other keys are passed through. */
  startParam: {
    liveUuid: string;
    [key: string]: unknown;
  };
}

/** The extra APIs with their params and results. */
export interface ExtraApiMap {
  'channel.permission.requestAuthCode': { params: ChannelAuthCodeParams; result: ChannelAuthCodeResult };
  'runtime.permission.requestOperateAuthCode': {
    params: OperateAuthCodeParams;
    result: OperateAuthCodeResult;
  };
  'biz.telephone.quickCallList': { params: QuickCallListParams; result: QuickCallListResult };
  'biz.ding.create': { params: DingCreateParams; result: DingCreateResult };
  'biz.contact.complexPicker': { params: ComplexPickerParams; result: ComplexPickerResult };
  'biz.contact.departmentsPicker': { params: DepartmentsPickerParams; result: DepartmentsPickerResult };
  'biz.contact.externalComplexPicker': { params: ExternalPickerParams; result: ExternalPickerResult };
  'biz.contact.externalEditForm': { params: ExternalEditFormParams; result: ExternalEditFormResult };
  'biz.cspace.preview': { params: CspacePreviewParams; result: void };
  'biz.util.uploadAttachment': { params: UploadAttachmentParams; result: UploadAttachmentResult };
  'biz.conference.videoConfCall': { params: VideoConfCallParams; result: void };
  'biz.live.startClassRoom': { params: StartClassRoomParams; result: void };
}
