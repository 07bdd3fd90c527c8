// The newer names of Bluetooth and beacon APIs cross the bridge as runtime.h5nuvabridge.exec, the
// API they are named by going in `_action` (as dingtalk-jsapi's api/union modules send them).
type Params = Record<string, unknown>;

/** The params of a runtime.h5nuvabridge.exec call for `action`. */
/* @__NO_SIDE_EFFECTS__ */
export const nuvaAction =
  (action: string) =>
  (params: Params): Params => ({ _action: action, ...params });
