import type { Bridge, ToastType } from '@dingkit/core';
import {
  useCallback,
  useEffect,
  useInsertionEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { ActionSheetDialog } from './host/ActionSheetDialog';
import { DateTimeDialog } from './host/DateTimeDialog';
import { DownloadCard } from './host/DownloadCard';
import { FrameDialog } from './host/FrameDialog';
import { GalleryDialog } from './host/GalleryDialog';
import { GenericDialog } from './host/GenericDialog';
import { HostContext } from './host/HostContext';
import { HostPortal } from './host/HostPortal';
import { injectHostStyles } from './host/hostStyles';
import { MessageDialog } from './host/MessageDialog';
import type { MockLocale } from './host/messages';
import { PickerDialog } from './host/PickerDialog';
import { isPickerCall } from './host/pickerConfig';
import { requireMockController } from './host/requireMockController';
import { ScanDialog } from './host/ScanDialog';
import { ShareSheet } from './host/ShareSheet';
import { Toast, type ToastItem } from './host/Toast';
import { UploadImageDialog } from './host/UploadImageDialog';
import { useHostMessages } from './host/useHostMessages';
import { isPendingCall } from './isPendingCall';
import type { PendingCall } from './MockController';

/** Props of {@link MockDingTalkHost}. */
export interface MockDingTalkHostProps {
  /** A bridge made by `createMockBridge` (the same one the app's provider uses). */
  bridge: Bridge;
  /**
   * The language of the dialogs' own words (buttons, hints, aria-labels).
   * @default the locale of the `DingTalkProvider` it is rendered in; `'zh-CN'` outside one
   */
  locale?: MockLocale;
  /**
   * Where dialogs, toasts and downloads are rendered. They cover this element's box and are laid
   * out for its size, as they cover and fit the viewport from the body: give it a position
   * (e.g. `position: relative`) and a size, such as the page area of a 360px pane.
   * @default the document's body
   */
  container?: HTMLElement | null;
}

interface Gallery {
  id: number;
  urls: string[];
  current: string | undefined;
}

const none: readonly PendingCall[] = [];
const clamp = (value: unknown, min: number, max: number, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

/**
 * Renders what a mock bridge's calls would show in DingTalk, and answers them with what the
 * person does: alert, confirm, prompt, toast, actionSheet, the contact and department pickers,
 * uploadImage, downloadFile's progress, previewImage, openModal and openSlidePanel (with the
 * page's `biz.navigation.quit` message returned to the opener), and notices of what openLink,
 * open, ding.post and requestAuthCode would do. Every text the app passes is shown as text.
 *
 * Render it once, next to the app, with the bridge given to `DingTalkProvider`.
 */
export function MockDingTalkHost({ bridge, locale, container }: MockDingTalkHostProps) {
  const controller = requireMockController(bridge, 'MockDingTalkHost');
  const pending = useSyncExternalStore(
    controller.subscribe,
    () => controller.pending,
    () => none,
  );
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const [galleries, setGalleries] = useState<Gallery[]>([]);
  const handled = useRef(new Set<number>());
  const t = useHostMessages(locale);
  const tRef = useRef(t);
  tRef.current = t;
  const host = useMemo(() => ({ t, container }), [t, container]);

  useInsertionEffect(() => {
    injectHostStyles(container?.ownerDocument ?? document);
  }, [container]);

  useEffect(() => controller.attachHost(), [controller]);

  const removeToast = useCallback(
    (id: string) => setToasts((list) => list.filter((toast) => toast.id !== id)),
    [],
  );

  // Calls that answer by themselves are shown first, then answered.
  useEffect(() => {
    const t = tRef.current;
    const notice = (id: number, text: string) => {
      setToasts((list) => [
        ...list,
        { id: `n${id}`, type: 'information', text, delayMs: 0, durationMs: 3000 },
      ]);
    };
    for (const call of pending) {
      if (call.kind !== 'display' || handled.current.has(call.id)) continue;
      handled.current.add(call.id);
      if (isPendingCall(call, 'device.notification.toast')) {
        const { type, text, duration, delay } = call.params;
        const toast: ToastItem = {
          id: `t${call.id}`,
          type: (type ?? 'information') as ToastType,
          text: String(text ?? ''),
          delayMs: clamp(delay, 0, 10, 0) * 1000,
          durationMs: clamp(duration, 2, 5, 3) * 1000,
        };
        setToasts((list) => [...list, toast]);
      } else if (isPendingCall(call, 'biz.util.previewImage')) {
        const { urls, current } = call.params;
        setGalleries((list) => [...list, { id: call.id, urls: [...(urls ?? [])], current }]);
      } else if (isPendingCall(call, 'biz.util.openLink')) {
        notice(call.id, t.openLink(String(call.params.url)));
      } else if (isPendingCall(call, 'biz.util.open')) {
        notice(call.id, t.openPage(String(call.params.name), String(call.params.params?.id ?? '')));
      } else if (isPendingCall(call, 'biz.ding.post') || isPendingCall(call, 'biz.ding.create')) {
        notice(call.id, t.dingSent(Array.isArray(call.params.users) ? call.params.users.length : 0));
      } else if (isPendingCall(call, 'runtime.permission.requestAuthCode')) {
        notice(call.id, t.authCode(controller.user.name));
      }
      call.respondDefault();
    }
  }, [pending, controller]);

  const downloads = pending.filter((call): call is PendingCall<'biz.util.downloadFile'> =>
    isPendingCall(call, 'biz.util.downloadFile'),
  );

  return (
    <HostContext.Provider value={host}>
      {pending.map((call) => {
        if (call.kind !== 'dialog') return null;
        const key = call.id;
        if (
          isPendingCall(call, 'device.notification.alert') ||
          isPendingCall(call, 'device.notification.confirm') ||
          isPendingCall(call, 'device.notification.prompt')
        ) {
          return <MessageDialog key={key} call={call} />;
        }
        if (isPendingCall(call, 'device.notification.actionSheet')) {
          return <ActionSheetDialog key={key} call={call} />;
        }
        if (isPickerCall(call)) {
          return <PickerDialog key={key} call={call} org={controller.org} />;
        }
        if (
          isPendingCall(call, 'biz.util.uploadImage') ||
          isPendingCall(call, 'biz.util.chooseImage') ||
          isPendingCall(call, 'chooseImage')
        ) {
          return <UploadImageDialog key={key} call={call} />;
        }
        if (isPendingCall(call, 'biz.util.openModal') || isPendingCall(call, 'biz.util.openSlidePanel')) {
          return <FrameDialog key={key} call={call} />;
        }
        if (isPendingCall(call, 'biz.util.scan')) {
          return <ScanDialog key={key} call={call} />;
        }
        if (
          isPendingCall(call, 'biz.util.datepicker') ||
          isPendingCall(call, 'biz.util.timepicker') ||
          isPendingCall(call, 'biz.util.datetimepicker')
        ) {
          return <DateTimeDialog key={key} call={call} />;
        }
        if (isPendingCall(call, 'biz.util.share')) {
          return <ShareSheet key={key} call={call} />;
        }
        return <GenericDialog key={key} call={call} />;
      })}
      {galleries.map((gallery) => (
        <GalleryDialog
          key={gallery.id}
          urls={gallery.urls}
          current={gallery.current}
          onClose={() => setGalleries((list) => list.filter((item) => item.id !== gallery.id))}
        />
      ))}
      <HostPortal container={container}>
        <div className="dkm-root dkm-root--layers">
          <div className="dkm-layer dkm-layer--toasts" role="status" aria-live="polite">
            {toasts.map((toast) => (
              <Toast key={toast.id} toast={toast} onDone={removeToast} />
            ))}
          </div>
          {downloads.length > 0 && (
            <div className="dkm-layer dkm-layer--downloads">
              {downloads.map((call) => (
                <DownloadCard key={call.id} call={call} />
              ))}
            </div>
          )}
        </div>
      </HostPortal>
    </HostContext.Provider>
  );
}
