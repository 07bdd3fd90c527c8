// Written by scripts/hook-summaries.mjs from the hooks' JSDoc: edit the JSDoc, then run it.

/** Each hook's summary, in English and in Chinese, as its JSDoc says it. */
export const hookSummaries = {
  useActionSheet: {
    en: 'Offers a list of actions; resolves with `{ buttonIndex }`, `-1` for the cancel button.',
    zh: '操作菜单：返回所选项的 `buttonIndex`，点取消为 `-1`。',
  },
  useAlert: {
    en: 'Shows a message with one button; resolves when the person closes it.',
    zh: '警告框：显示一条消息和一个按钮，关闭后返回。',
  },
  useAuthCode: {
    en: 'Gets a one-time 免登 auth code (`{ code }`) to exchange on your server for the person.',
    zh: '获取免登授权码 `{ code }`，在服务端换取用户身份。',
  },
  useBackButton: {
    en: "Takes over the back button (Android's back key, iOS's left button) while mounted: `handler` runs instead of DingTalk going back.",
    zh: '接管返回：组件挂载期间按安卓返回键或点 iOS 导航栏左侧按钮时调用 `handler`，卸载后恢复默认的返回行为。',
  },
  useChannelAuthCode: {
    en: 'Gets a one-time service-window auth code (`{ code }`).',
    zh: '获取服务窗免登授权码 `{ code }`。',
  },
  useChooseImage: {
    en: 'Lets the person take photos or pick them from the album (`count`, `sourceType`); resolves with `{ filePaths, files }`.',
    zh: '选择图片：拍照或从相册选（`count`、`sourceType`），返回本地路径 `{ filePaths, files }`。',
  },
  useClosePage: {
    en: 'Closes the current page (mobile).',
    zh: '关闭当前页面（移动端）。',
  },
  useComplexPicker: {
    en: 'Lets the person choose people and departments; resolves with `{ selectedCount, users, departments }`.',
    zh: '选人与部门：返回 `{ selectedCount, users, departments }`。',
  },
  useConfirm: {
    en: "Asks a question with the app's buttons; resolves with `{ buttonIndex }`. Always pass `buttonLabels`.",
    zh: '确认框：返回所点按钮的 `buttonIndex`；请总是传 `buttonLabels`（各版本客户端默认按钮不同）。',
  },
  useContactChoose: {
    en: 'Lets the person choose colleagues from the organisation; resolves with the chosen people.',
    zh: '选人：从企业通讯录中选择同事，返回所选人员。',
  },
  useCspacePreview: {
    en: 'Previews a file stored in 钉盘.',
    zh: '钉盘文件预览。',
  },
  useCustomContactChoose: {
    en: 'Lets the person choose one of the given people.',
    zh: '自定义联系人单选：从给定的人中选一人。',
  },
  useCustomContactMultipleChoose: {
    en: 'Lets the person choose several of the given people.',
    zh: '自定义联系人多选：从给定的人中选多人。',
  },
  useDatePicker: {
    en: "Lets the person pick a date; resolves with `{ value }` in `format` (e.g. `'yyyy-MM-dd'`).",
    zh: "日期选择器：返回按 `format`（如 `'yyyy-MM-dd'`）格式化的 `{ value }`。",
  },
  useDateTimePicker: {
    en: "Lets the person pick a date and time; resolves with `{ value }` in `format` (e.g. `'yyyy-MM-dd HH:mm'`).",
    zh: "日期时间选择器：返回按 `format`（如 `'yyyy-MM-dd HH:mm'`）格式化的 `{ value }`。",
  },
  useDepartmentsPicker: {
    en: 'Lets the person choose departments; resolves with `{ userCount, departments, departmentsCount }`.',
    zh: '选部门：返回 `{ userCount, departments, departmentsCount }`。',
  },
  useDingCreate: {
    en: "Opens DingTalk's DING 2.0 composer (notice, task or meeting); resolves with `{ dingCreateResult }`.",
    zh: '创建 DING 2.0（通知、任务或会议），返回 `{ dingCreateResult }`。',
  },
  useDingPost: {
    en: 'Opens the DING composer (PC) with an image (`type: 1`) or a link card (`type: 2`).',
    zh: '发 DING（PC）：附图片（`type: 1`）或链接卡片（`type: 2`）。',
  },
  useDingTalkEvent: {
    en: "Calls `handler` on each client event `event` (`'leftBtnClick'`, `'backbutton'`, `'resume'`, `'pause'`) while mounted.",
    zh: '监听钉钉客户端事件：组件挂载期间每次事件都调用 `handler`。',
  },
  useDownloadFile: {
    en: "Downloads a file into DingTalk's cache, with `progress`; `cancel()` stops it and the hook is `idle` again.",
    zh: '下载文件到钉钉缓存：`progress` 为进度（整数百分比，完成时 100），`cancel()` 取消后回到 `idle`。',
  },
  useExternalComplexPicker: {
    en: 'Lets the person choose external contacts.',
    zh: '选外部联系人。',
  },
  useExternalEditForm: {
    en: 'Opens the form to add or edit an external contact; resolves with the contact as saved.',
    zh: '新增或编辑外部联系人，返回保存后的联系人。',
  },
  useGeolocation: {
    en: "Gets the phone's location once; resolves with `{ longitude, latitude, accuracy, address… }`.",
    zh: '获取当前地理位置（单次定位），返回经纬度、精度和地址。',
  },
  useGoBack: {
    en: "Goes back to the previous page in DingTalk's page stack.",
    zh: '返回上一级页面。',
  },
  useJsApi: {
    en: "The action hook of any catalog API, typed from the catalog: `useJsApi('biz.util.chosen')`.",
    zh: '任意目录中的 JS-API 的 hook，按名称调用，类型来自目录。',
  },
  useLeftButton: {
    en: "Names the slide panel's left button (PC) while mounted and calls `onClick` on its clicks.",
    zh: '声明式设置侧边栏左侧按钮（PC），挂载期间监听其点击。',
  },
  useLocalFileExists: {
    en: 'Checks which downloaded files are still on disk; resolves with `{ url, path, isExist }` per file.',
    zh: '检查已下载的文件是否还在，每个文件返回 `{ url, path, isExist }`。',
  },
  useNavigationMenu: {
    en: 'Shows buttons on the right of the navigation bar (iOS, Android) while mounted and calls `onSelect` with the `id` of each one tapped.',
    zh: '声明式设置导航栏右侧多个按钮（iOS、安卓），挂载期间每次点击都以按钮的 `id` 调用 `onSelect`。',
  },
  useNavigationTitle: {
    en: "Keeps the page's title while mounted: sets it on mount and whenever `title` changes.",
    zh: '声明式设置标题：挂载时及 `title` 变化时设置。',
  },
  useNetworkType: {
    en: "Tells the network the phone is on: `{ result }` is `'wifi'`, `'2g'`–`'4g'`, `'unknown'` or `'none'` (offline).",
    zh: "获取当前网络类型：`result` 为 `'wifi'`、`'2g'`–`'4g'`、`'unknown'` 或 `'none'`（离线）。",
  },
  useOpenLink: {
    en: 'Opens a URL in the system browser.',
    zh: '在系统浏览器中打开链接。',
  },
  useOpenLocalFile: {
    en: 'Opens a downloaded file by the URL it was downloaded from.',
    zh: '打开已下载的文件（以下载地址为键）。',
  },
  useOpenModal: {
    en: 'Opens a URL in a modal (PC); resolves with the `message` that page passed to `biz.navigation.quit`.',
    zh: '在模态框中打开页面（PC），返回该页面关闭时传给 `biz.navigation.quit` 的 `message`。',
  },
  useOpenPage: {
    en: "Opens a page of DingTalk itself; on PC only `name: 'profile'`, a person's profile.",
    zh: "打开钉钉内的页面；PC 端仅支持 `name: 'profile'`（个人资料页）。",
  },
  useOpenSlidePanel: {
    en: 'Opens a URL in the slide panel (PC); resolves with the `message` that page passed to `biz.navigation.quit`.',
    zh: '在侧边栏中打开页面（PC），返回该页面关闭时传给 `biz.navigation.quit` 的 `message`。',
  },
  useOperateAuthCode: {
    en: 'Gets a temporary code (`{ code }`) for a feedback-style operation.',
    zh: '获取反馈式操作的临时授权码 `{ code }`。',
  },
  usePreviewImage: {
    en: "Shows images full-size in DingTalk's viewer, starting at `current`.",
    zh: '图片浏览：从 `current` 开始全屏查看图片。',
  },
  usePrompt: {
    en: 'Asks for a line of text; resolves with `{ buttonIndex, value }`.',
    zh: '输入框：返回所点按钮的 `buttonIndex` 和输入的 `value`。',
  },
  useQuickCallList: {
    en: 'Offers the ways to call one person; resolves with `{ callId, callType, callTypeList }`.',
    zh: '快捷拨号：列出联系某人的方式，返回所选方式。',
  },
  useQuit: {
    en: 'Closes the modal or slide panel this page runs in (PC), passing `message` to its opener.',
    zh: '关闭当前所在的模态框或侧边栏（PC），把 `message` 交给打开它的页面。',
  },
  useRightButton: {
    en: 'Shows one button on the right of the navigation bar (iOS, Android) while mounted and calls `onClick` on each tap.',
    zh: '声明式设置导航栏右侧按钮（iOS、安卓），挂载期间每次点击都调用 `onClick`。',
  },
  useScan: {
    en: 'Opens the camera to scan a QR code or barcode (`type`); resolves with `{ text }`, what the code holds.',
    zh: '扫码：扫二维码或条形码（`type`），返回码中的文本 `{ text }`。',
  },
  useSetLeft: {
    en: "Sets the left button's text; `control: true` takes over its taps (iOS). For the taps see `useBackButton`, on PC `useLeftButton`.",
    zh: '设置导航栏左侧按钮；`control: true` 接管点击（iOS）。声明式用法见 `useLeftButton`、`useBackButton`。',
  },
  useSetMenu: {
    en: 'Shows several buttons on the right of the navigation bar; resolves once they are shown. For their taps see `useNavigationMenu`.',
    zh: '设置导航栏右侧多个按钮，显示后返回。监听点击请用 `useNavigationMenu`。',
  },
  useSetRight: {
    en: 'Shows one button on the right of the navigation bar; resolves once it is shown. For its taps see `useRightButton`.',
    zh: '设置导航栏右侧单个按钮，显示后返回。监听点击请用 `useRightButton`。',
  },
  useSetTitle: {
    en: 'Sets the title of the navigation bar, or of the modal or slide panel this page runs in. See `useNavigationTitle`.',
    zh: '设置导航栏标题（或所在模态框、侧边栏的标题）。声明式用法见 `useNavigationTitle`。',
  },
  useShare: {
    en: "Opens DingTalk's share sheet for a link with a title, text and image.",
    zh: '分享：打开钉钉的分享面板，分享链接、标题、内容和图片。',
  },
  useStartClassRoom: {
    en: 'Starts an online class (PC).',
    zh: '发起在线课堂（PC）。',
  },
  useSystemInfo: {
    en: 'Describes the phone and the client: `{ platform, system, model, screenWidth, statusBarHeight… }`.',
    zh: '获取系统信息：平台、系统版本、机型、屏幕尺寸、状态栏和标题栏高度等。',
  },
  useTimePicker: {
    en: "Lets the person pick a time; resolves with `{ value }` in `format` (e.g. `'HH:mm'`).",
    zh: "时间选择器：返回按 `format`（如 `'HH:mm'`）格式化的 `{ value }`。",
  },
  useToast: {
    en: 'Shows a short message for 2–5 s (`duration`), after an optional `delay` of up to 10 s.',
    zh: '轻提示：显示 2–5 秒（`duration`），可延迟最多 10 秒（`delay`）。',
  },
  useUploadAttachment: {
    en: 'Uploads files to 钉盘 or picks files from it; resolves with `{ type, data }`.',
    zh: '上传附件：上传到钉盘或从钉盘选择文件，返回 `{ type, data }`。',
  },
  useUploadImage: {
    en: 'Lets the person choose images and uploads them; resolves with their URLs.',
    zh: '上传图片：选择图片并上传，返回图片地址。',
  },
  useVibrate: {
    en: 'Vibrates the phone (`duration` in ms, Android only).',
    zh: '震动：`duration` 为毫秒，仅 Android 有效。',
  },
  useVideoConfCall: {
    en: "Starts a video meeting with colleagues (`calleeCorpId`: the signature's `corpId` unless given).",
    zh: '发起视频会议（不传 `calleeCorpId` 时取签名中的 `corpId`）。',
  },
} as const satisfies Record<string, { en: string; zh: string }>;
