// Every JS-API of the handbook's "H5 微应用 JSAPI" table, plus the PC reference's APIs (one of
// them, biz.util.uploadImage, is not in the table), plus biz.util.chooseImage (in neither: mobile
// and HarmonyOS as dingtalk-jsapi registers it; the newer `chooseImage` calls it). Rows that are URL parameters (dd_nav_bgcolor,
// dd_orientation, dd_full_screen, dd_nav_translucent, showmenu=false), the `dd.version` property
// and add/removeEventListener (see EventMap) are not calls and are left out.

/** Every JS-API name dingkit knows. APIs without a typed shape take and return open records. */
export type GenericApiName =
  // 容器 / 弹窗
  | 'device.notification.alert'
  | 'device.notification.confirm'
  | 'device.notification.prompt'
  | 'device.notification.vibrate'
  | 'device.notification.toast'
  | 'device.notification.actionSheet'
  | 'device.notification.showPreloader'
  | 'device.notification.hidePreloader'
  | 'device.notification.modal'
  | 'device.notification.extendModal'
  | 'biz.util.multiSelect'
  // 摇一摇 / 设备
  | 'device.accelerometer.watchShake'
  | 'device.accelerometer.clearShake'
  | 'device.connection.getNetworkType'
  | 'device.base.getWifiStatus'
  | 'device.base.getPhoneInfo'
  | 'device.base.getUUID'
  | 'device.base.getInterface'
  | 'device.nfc.nfcRead'
  | 'device.nfc.nfcWrite'
  // 日期 & 月历
  | 'biz.util.datepicker'
  | 'biz.util.timepicker'
  | 'biz.util.datetimepicker'
  | 'biz.calendar.chooseOneDay'
  | 'biz.calendar.chooseDateTime'
  | 'biz.calendar.chooseHalfDay'
  | 'biz.calendar.chooseInterval'
  // 导航栏
  | 'biz.navigation.setLeft'
  | 'biz.navigation.setTitle'
  | 'biz.navigation.setIcon'
  | 'biz.navigation.goBack'
  | 'biz.navigation.close'
  | 'biz.navigation.setRight'
  | 'biz.navigation.setMenu'
  | 'biz.navigation.replace'
  | 'biz.navigation.quit'
  // UI 控件
  | 'ui.input.plain'
  | 'ui.progressBar.setColors'
  | 'ui.pullToRefresh.enable'
  | 'ui.pullToRefresh.disable'
  | 'ui.pullToRefresh.stop'
  | 'ui.webViewBounce.disable'
  | 'ui.webViewBounce.enable'
  // 免登授权码
  | 'runtime.permission.requestAuthCode'
  | 'channel.permission.requestAuthCode'
  | 'runtime.permission.requestOperateAuthCode'
  // 扫码
  | 'biz.util.scan'
  | 'biz.util.scanCard'
  // 存储
  | 'util.domainStorage.setItem'
  | 'util.domainStorage.getItem'
  | 'util.domainStorage.removeItem'
  // 地图
  | 'device.geolocation.get'
  | 'device.geolocation.start'
  | 'device.geolocation.stop'
  | 'device.geolocation.status'
  | 'biz.map.locate'
  | 'biz.map.search'
  | 'biz.map.view'
  // 业务
  | 'biz.util.share'
  | 'biz.util.chosen'
  | 'biz.clipboardData.setData'
  | 'biz.microApp.openApp'
  // 文件 / 图片
  | 'biz.util.isLocalFileExist'
  | 'biz.util.openLocalFile'
  | 'biz.util.downloadFile'
  | 'biz.util.previewImage'
  | 'biz.util.uploadImage'
  | 'biz.util.chooseImage'
  // 打开新页面
  | 'biz.util.open'
  | 'biz.util.openLink'
  | 'biz.util.openModal'
  | 'biz.util.openSlidePanel'
  // 电话
  | 'biz.telephone.call'
  | 'biz.telephone.showCallMenu'
  | 'biz.telephone.checkBizCall'
  | 'biz.telephone.quickCallList'
  // 发钉
  | 'biz.ding.create'
  | 'biz.ding.post'
  // 通讯录 / 外部联系人 / 自定义联系人
  | 'biz.contact.choose'
  | 'biz.contact.chooseMobileContacts'
  | 'biz.contact.complexPicker'
  | 'biz.contact.departmentsPicker'
  | 'biz.contact.createGroup'
  | 'biz.contact.setRule'
  | 'biz.contact.externalComplexPicker'
  | 'biz.contact.externalEditForm'
  | 'biz.customContact.choose'
  | 'biz.customContact.multipleChoose'
  // 会话
  | 'biz.chat.pickConversation'
  | 'biz.chat.chooseConversationByCorpId'
  | 'biz.chat.openSingleChat'
  | 'biz.chat.toConversation'
  // 钉盘
  | 'biz.cspace.saveFile'
  | 'biz.cspace.preview'
  | 'biz.cspace.chooseSpaceDir'
  | 'biz.util.uploadAttachment'
  // 音频
  | 'device.audio.startRecord'
  | 'device.audio.stopRecord'
  | 'device.audio.onRecordEnd'
  | 'device.audio.download'
  | 'device.audio.play'
  | 'device.audio.pause'
  | 'device.audio.resume'
  | 'device.audio.stop'
  | 'device.audio.onPlayEnd'
  | 'device.audio.translateVoice'
  // 视频会议 / 在线课堂 / 支付 / 加解密 / 转屏
  | 'biz.conference.videoConfCall'
  | 'biz.live.startClassRoom'
  | 'biz.alipay.pay'
  | 'biz.util.encrypt'
  | 'biz.util.decrypt'
  | 'device.screen.rotateView'
  | 'device.screen.resetView';
