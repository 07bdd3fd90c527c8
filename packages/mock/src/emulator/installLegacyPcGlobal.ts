import { type EmulatedOutcome, type EmulatorRuntime, plain } from './runtime';

// The APIs of the PC reference (the legacy script's namespaces).
const legacyApis = [
  'runtime.permission.requestAuthCode',
  'device.notification.alert',
  'device.notification.confirm',
  'device.notification.prompt',
  'device.notification.toast',
  'device.notification.actionSheet',
  'biz.util.open',
  'biz.util.openModal',
  'biz.util.openSlidePanel',
  'biz.util.uploadImage',
  'biz.util.downloadFile',
  'biz.util.openLocalFile',
  'biz.util.isLocalFileExist',
  'biz.util.previewImage',
  'biz.util.openLink',
  'biz.navigation.quit',
  'biz.navigation.setTitle',
  'biz.navigation.setLeft',
  'biz.ding.post',
  'biz.contact.choose',
  'biz.customContact.choose',
  'biz.customContact.multipleChoose',
];

type Listener = (payload: unknown) => void;

const callback = (params: Record<string, unknown>, name: string): Listener | undefined => {
  const fn = params[name];
  return typeof fn === 'function' ? (fn as Listener) : undefined;
};

/**
 * The legacy PC script's `window.DingTalkPC` (`config`/`ready`/`error`, namespaced APIs with
 * `onSuccess`/`onFail`, `addEventListener`), answered by the emulator's handler. `ready` and
 * `error` callbacks hear every later handshake; one registered after an outcome hears that
 * outcome at once.
 */
export function installLegacyPcGlobal(runtime: EmulatorRuntime): {
  emit(eventName: string, body?: unknown): boolean;
} {
  const readyCallbacks: Listener[] = [];
  const errorCallbacks: Listener[] = [];
  const listeners = new Map<string, Set<Listener>>();
  let last: EmulatedOutcome | undefined;

  const global: Record<string, unknown> = {
    config(params: Record<string, unknown>) {
      const sent = plain(params);
      runtime.requests.push({ method: 'config', params: sent });
      void runtime
        .answer('config', sent, () => {})
        .then((outcome) => {
          if (!outcome) return;
          last = outcome;
          for (const cb of outcome.ok ? readyCallbacks : errorCallbacks)
            cb(outcome.ok ? outcome.result : outcome.failure);
        });
    },
    ready(cb: Listener) {
      readyCallbacks.push(cb);
      const outcome = last;
      if (outcome?.ok) runtime.later(() => cb(outcome.result));
    },
    error(cb: Listener) {
      errorCallbacks.push(cb);
      const outcome = last;
      if (outcome && !outcome.ok) runtime.later(() => cb(outcome.failure));
    },
    addEventListener(event: string, listener: Listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
    },
    removeEventListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
    },
  };

  for (const api of legacyApis) {
    const path = api.split('.');
    const name = path.pop() as string;
    let node = global;
    for (const part of path) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[name] = (params: Record<string, unknown> = {}) => {
      const sent = plain(params);
      runtime.requests.push({ method: api, params: sent });
      const emit = (eventName: string, body?: unknown) =>
        runtime.later(() =>
          callback(params, `on${eventName.charAt(0).toUpperCase()}${eventName.slice(1)}`)?.(body),
        );
      void runtime.answer(api, sent, emit).then((outcome) => {
        if (!outcome) return;
        // After any events the handler emitted, as the client's messages arrive in order.
        runtime.later(() => {
          if (outcome.ok) callback(params, 'onSuccess')?.(outcome.result);
          else callback(params, 'onFail')?.(outcome.failure);
        });
      });
    };
  }

  runtime.setProperty(runtime.win, 'DingTalkPC', global);

  return {
    emit(eventName, body) {
      const heard = [...(listeners.get(eventName) ?? [])];
      for (const listener of heard) runtime.later(() => listener(body));
      return heard.length > 0;
    },
  };
}
