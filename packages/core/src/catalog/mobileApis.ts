// Mobile-only APIs whose dingtalk-jsapi declarations fall short of what the API takes or answers.
// Callbacks are not params: dingkit returns promises.

/** What biz.util.scan reads: QR codes, barcodes or both. */
export type ScanType = 'all' | 'qrCode' | 'barCode';

/**
 * biz.util.scan — 扫码. The per-API declaration is untyped; dingtalk-jsapi's own `scan` (union)
 * maps its `'qr'` and `'bar'` onto these values before calling this API.
 */
export interface ScanParams {
  /** 扫码类型. @default 'all' */
  type?: ScanType;
}
/**
 * What biz.util.scan read. The union `scan` declares `{ code }`, the mini-program's answer; this
 * H5 API answers `{ text }` and dingtalk-jsapi passes it on unchanged.
 */
export interface ScanResult {
  /** 扫码结果: the text the code holds. */
  text: string;
}

/** The mobile APIs typed by hand. */
export interface MobileApiMap {
  'biz.util.scan': { params: ScanParams; result: ScanResult };
}
