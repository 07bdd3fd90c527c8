// The host's CSS, injected once per document by MockDingTalkHost (`<style id="dkm-styles">`).
// DingTalk-like: #3296FA primary, 4px radius, PingFang / system font. Everything is under `dkm-`.
// Each layer of the host (a dialog and its overlay, the toasts and downloads) is a `.dkm-root`
// that covers the viewport, or the container the host renders into, and is the size container
// its contents are laid out by: the dialogs fit a 360px pane or a 366×120 modal as they fit a
// wide window, whatever the viewport. Narrow (< 480px, the width bands of @dingkit/react's
// layout) stacks the picker's columns; short (< 400px) lets a whole dialog scroll under its
// buttons; tiny (< 200px) tightens the spacing.

/** The id of the injected `<style>` element. */
export const hostStyleId = 'dkm-styles';

/** Puts the host's stylesheet into `doc` once. */
export function injectHostStyles(doc: Document): void {
  if (doc.getElementById(hostStyleId)) return;
  const style = doc.createElement('style');
  style.id = hostStyleId;
  style.textContent = hostStyles;
  doc.head.appendChild(style);
}

/** The host's stylesheet. */
export const hostStyles = `
.dkm-root, .dkm-root * { box-sizing: border-box; }
.dkm-root {
  position: absolute; inset: 0; z-index: var(--dkm-z); container: dkm / size; pointer-events: none;
  --dkm-primary: #3296fa; --dkm-primary-hover: #5aa9fb; --dkm-primary-active: #2a80d5;
  --dkm-text: #171a1d; --dkm-text-2: #5f6266; --dkm-text-3: #8f959e; --dkm-border: #e3e5e8;
  --dkm-fill: #f5f6f7; --dkm-danger: #f25643; --dkm-success: #15bc83; --dkm-warning: #ff9200;
  --dkm-z: 2147483000;
  font-family: "PingFang SC", -apple-system, BlinkMacSystemFont, "Segoe UI", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif;
  font-size: 14px; line-height: 1.5; color: var(--dkm-text);
}
body > .dkm-root { position: fixed; }
.dkm-navbar {
  display: grid; grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr); align-items: center; gap: 8px;
  box-sizing: border-box; height: 44px; padding: 0 8px; border-bottom: 1px solid #e3e5e8; background: #fff;
  font-family: "PingFang SC", -apple-system, BlinkMacSystemFont, "Segoe UI", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif;
  font-size: 16px; color: #171a1d;
}
.dkm-navbar__title { margin: 0; font-size: 17px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.dkm-navbar__side { display: flex; gap: 4px; min-width: 0; }
.dkm-navbar__side--end { justify-content: flex-end; }
.dkm-navbar__button {
  min-width: 0; max-width: 100%; padding: 6px 8px; border: 0; border-radius: 4px; background: none;
  color: #3296fa; font: inherit; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: pointer;
}
.dkm-navbar__button:hover { background: #f5f6f7; }
.dkm-navbar__button:focus-visible { outline: 2px solid #3296fa; outline-offset: -2px; }
.dkm-root--layers { z-index: calc(var(--dkm-z) + 10); }
.dkm-overlay, .dkm-dialog, .dkm-gallery, .dkm-panel { pointer-events: auto; }
.dkm-overlay { position: absolute; inset: 0; background: rgba(0, 0, 0, 0.4); }
.dkm-dialog {
  position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%);
  display: flex; flex-direction: column; max-width: calc(100% - 32px); max-height: calc(100% - 32px);
  background: #fff; border-radius: 4px; box-shadow: 0 8px 32px rgba(0, 0, 0, 0.18); outline: none;
}
.dkm-dialog:focus-visible { box-shadow: 0 0 0 2px var(--dkm-primary), 0 8px 32px rgba(0, 0, 0, 0.18); }
.dkm-dialog--message { width: 400px; }
.dkm-dialog__header { display: flex; align-items: center; gap: 8px; padding: 16px 20px 0; }
.dkm-dialog__title { flex: 1; min-width: 0; margin: 0; font-size: 16px; font-weight: 600; line-height: 24px; overflow-wrap: anywhere; }
.dkm-dialog__body { padding: 12px 20px; overflow: auto; color: var(--dkm-text-2); }
.dkm-dialog__message { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.dkm-dialog__footer { display: flex; flex-wrap: wrap; justify-content: flex-end; align-items: center; gap: 8px; padding: 12px 20px 16px; }
.dkm-dialog__tip { flex: 1 1 auto; min-width: 0; color: var(--dkm-text-3); font-size: 12px; overflow-wrap: anywhere; }
.dkm-dialog__tip--warn { color: var(--dkm-warning); }
.dkm-button {
  display: inline-flex; align-items: center; justify-content: center; gap: 4px; min-width: 64px; max-width: 100%;
  min-height: 32px; padding: 4px 16px; border: 1px solid #d0d3d6; border-radius: 4px; background: #fff;
  color: var(--dkm-text); font: inherit; line-height: 20px; text-align: center; overflow-wrap: anywhere; cursor: pointer;
}
.dkm-button:hover { color: var(--dkm-primary); border-color: var(--dkm-primary); }
.dkm-button:focus-visible, .dkm-icon-button:focus-visible, .dkm-link:focus-visible,
.dkm-sheet__item:focus-visible, .dkm-option:focus-within { outline: 2px solid rgba(50, 150, 250, 0.5); outline-offset: 1px; }
.dkm-button:disabled { cursor: not-allowed; opacity: 0.5; }
.dkm-button--primary { background: var(--dkm-primary); border-color: var(--dkm-primary); color: #fff; }
.dkm-button--primary:hover { background: var(--dkm-primary-hover); border-color: var(--dkm-primary-hover); color: #fff; }
.dkm-button--primary:active { background: var(--dkm-primary-active); }
.dkm-icon-button {
  display: inline-flex; align-items: center; justify-content: center; width: 28px; height: 28px; padding: 0;
  border: 0; border-radius: 4px; background: transparent; color: var(--dkm-text-3); font: inherit; font-size: 18px; cursor: pointer;
}
.dkm-icon-button:hover { background: var(--dkm-fill); color: var(--dkm-text); }
.dkm-link { padding: 0; border: 0; background: none; color: var(--dkm-primary); font: inherit; cursor: pointer; }
.dkm-input {
  width: 100%; height: 32px; padding: 0 10px; border: 1px solid #d0d3d6; border-radius: 4px;
  font: inherit; color: var(--dkm-text); background: #fff;
}
.dkm-input:focus { outline: none; border-color: var(--dkm-primary); box-shadow: 0 0 0 2px rgba(50, 150, 250, 0.2); }
.dkm-textarea { height: 120px; padding: 8px 10px; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; resize: vertical; }
.dkm-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

.dkm-dialog--sheet { width: 320px; }
.dkm-sheet__list { display: flex; flex-direction: column; margin: 0; padding: 8px 0; list-style: none; }
.dkm-sheet__item {
  width: 100%; padding: 10px 20px; border: 0; background: none; color: var(--dkm-text); font: inherit;
  text-align: center; cursor: pointer; overflow-wrap: anywhere;
}
.dkm-sheet__item:hover { background: var(--dkm-fill); color: var(--dkm-primary); }
.dkm-sheet__cancel { border-top: 8px solid var(--dkm-fill); color: var(--dkm-text-2); }

.dkm-dialog--picker { width: 680px; height: 520px; }
.dkm-dialog--picker .dkm-dialog__body { display: flex; flex: 1; min-height: 0; padding: 0; }
.dkm-picker { display: grid; grid-template-columns: minmax(0, 1fr) 220px; grid-template-rows: minmax(0, 1fr); flex: 1; min-height: 0; border-top: 1px solid var(--dkm-border); border-bottom: 1px solid var(--dkm-border); margin-top: 12px; }
.dkm-picker__main { display: flex; flex-direction: column; min-height: 0; padding: 12px 0 0; }
.dkm-picker__search { padding: 0 16px 8px; }
.dkm-picker__crumbs { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin: 0; padding: 0 16px 8px; list-style: none; font-size: 12px; color: var(--dkm-text-3); }
.dkm-picker__crumbs li + li::before { content: "/"; margin-right: 4px; }
.dkm-picker__list { flex: 1; min-height: 0; margin: 0; padding: 0 8px 8px; overflow: auto; list-style: none; }
.dkm-picker__empty { padding: 24px 16px; color: var(--dkm-text-3); text-align: center; }
.dkm-picker__company { padding: 0 16px 8px; color: var(--dkm-text-3); font-size: 12px; }
.dkm-option { display: flex; align-items: center; gap: 10px; min-height: 44px; padding: 4px 8px; border-radius: 4px; }
.dkm-option:hover { background: var(--dkm-fill); }
.dkm-option label { display: flex; flex: 1; min-width: 0; align-items: center; gap: 10px; cursor: pointer; }
.dkm-option input { width: 16px; height: 16px; margin: 0; accent-color: var(--dkm-primary); }
.dkm-option--disabled label { cursor: not-allowed; opacity: 0.5; }
.dkm-option__text { display: flex; flex-direction: column; min-width: 0; }
.dkm-option__name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dkm-option__sub { color: var(--dkm-text-3); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dkm-option__enter { margin-left: auto; }
.dkm-avatar { flex: none; width: 32px; height: 32px; border-radius: 50%; object-fit: cover; }
.dkm-folder { display: inline-flex; flex: none; align-items: center; justify-content: center; width: 32px; height: 32px; border-radius: 4px; background: #e8f3fe; color: var(--dkm-primary); font-size: 16px; }
.dkm-picker__side { display: flex; flex-direction: column; min-height: 0; border-left: 1px solid var(--dkm-border); background: #fafbfc; }
.dkm-picker__side h3 { margin: 0; padding: 12px 16px 8px; font-size: 12px; font-weight: 400; color: var(--dkm-text-3); }
.dkm-chips { flex: 1; min-height: 0; margin: 0; padding: 0 8px 8px; overflow: auto; list-style: none; }
.dkm-chip { display: flex; align-items: center; gap: 8px; padding: 4px 8px; border-radius: 4px; }
.dkm-chip .dkm-avatar, .dkm-chip .dkm-folder { width: 24px; height: 24px; font-size: 12px; }
.dkm-chip__name { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }

.dkm-dialog--upload { width: 480px; }
.dkm-upload__drop { display: flex; flex-direction: column; align-items: center; gap: 8px; padding: 20px; border: 1px dashed #c4c8cc; border-radius: 4px; background: var(--dkm-fill); text-align: center; }
.dkm-upload__grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(96px, 1fr)); gap: 8px; margin: 12px 0 0; padding: 0; list-style: none; }
.dkm-upload__item { position: relative; aspect-ratio: 1; border-radius: 4px; overflow: hidden; background: var(--dkm-fill); }
.dkm-upload__item img { width: 100%; height: 100%; object-fit: cover; }
.dkm-upload__item .dkm-icon-button { position: absolute; top: 4px; right: 4px; background: rgba(0, 0, 0, 0.5); color: #fff; }

.dkm-gallery { position: absolute; inset: 0; display: flex; flex-direction: column; background: rgba(0, 0, 0, 0.88); color: #fff; outline: none; }
.dkm-gallery__bar { display: flex; flex: none; align-items: center; gap: 12px; padding: 12px 16px; }
.dkm-gallery__bar .dkm-dialog__title { color: #fff; }
.dkm-gallery__bar .dkm-icon-button { color: #fff; }
.dkm-gallery__bar .dkm-icon-button:hover { background: rgba(255, 255, 255, 0.15); }
.dkm-gallery__stage { display: flex; flex: 1; min-height: 0; align-items: center; justify-content: center; gap: 16px; padding: 0 16px 24px; }
.dkm-gallery__image { flex: 0 1 auto; min-width: 0; max-width: 100%; max-height: 100%; object-fit: contain; background: #222; }
.dkm-gallery__nav { flex: none; width: 44px; height: 44px; border: 0; border-radius: 50%; background: rgba(255, 255, 255, 0.15); color: #fff; font-size: 22px; cursor: pointer; }
.dkm-gallery__nav:disabled { opacity: 0.3; cursor: default; }
.dkm-gallery__count { color: rgba(255, 255, 255, 0.75); font-size: 12px; }

.dkm-frame { padding: 0; overflow: hidden; }
.dkm-frame__bar { display: flex; flex: none; align-items: center; gap: 8px; height: 40px; padding: 0 8px 0 16px; border-bottom: 1px solid var(--dkm-border); background: var(--dkm-fill); }
.dkm-frame__bar .dkm-dialog__title { font-size: 14px; line-height: 20px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dkm-frame__iframe { display: block; flex: 1; width: 100%; min-height: 0; border: 0; background: #fff; }
.dkm-frame__blocked { flex: 1; margin: 0; padding: 16px; color: var(--dkm-danger); overflow-wrap: anywhere; }
.dkm-panel { position: absolute; top: 0; right: 0; bottom: 0; display: flex; flex-direction: column; width: 400px; max-width: 100%; background: #fff; box-shadow: -8px 0 32px rgba(0, 0, 0, 0.18); outline: none; }
.dkm-panel .dkm-frame__bar { padding-left: 8px; }
.dkm-panel .dkm-dialog__title { text-align: center; }

.dkm-layer { position: absolute; left: 16px; right: 16px; display: flex; flex-direction: column; gap: 8px; }
.dkm-layer--toasts { top: 24px; bottom: 24px; align-items: center; }
.dkm-layer--downloads { bottom: 24px; align-items: flex-end; }
.dkm-toast {
  display: flex; flex: 0 1 auto; align-items: center; gap: 8px; max-width: min(480px, 100%); min-height: 0; padding: 10px 16px; overflow-y: auto;
  border-radius: 4px; background: rgba(23, 26, 29, 0.9); color: #fff; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2);
  overflow-wrap: anywhere; pointer-events: auto;
}
.dkm-toast__icon { display: inline-flex; flex: none; align-items: center; justify-content: center; width: 18px; height: 18px; border-radius: 50%; background: var(--dkm-primary); color: #fff; font-size: 12px; font-weight: 700; }
.dkm-toast--success .dkm-toast__icon { background: var(--dkm-success); }
.dkm-toast--error .dkm-toast__icon { background: var(--dkm-danger); }
.dkm-toast--warning .dkm-toast__icon, .dkm-toast--alert .dkm-toast__icon { background: var(--dkm-warning); }
.dkm-download {
  display: grid; grid-template-columns: minmax(0, 1fr) auto; align-items: center; column-gap: 8px; width: 320px; max-width: 100%;
  padding: 12px 16px; border: 1px solid var(--dkm-border); border-radius: 4px; background: #fff; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.12); pointer-events: auto;
}
.dkm-download__name { margin: 0; font-size: 14px; font-weight: 400; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dkm-download__bar { grid-column: 1 / -1; height: 4px; margin-top: 8px; border-radius: 2px; background: var(--dkm-fill); overflow: hidden; }
.dkm-download__fill { height: 100%; background: var(--dkm-primary); transition: width 0.1s linear; }
.dkm-download__meta { grid-column: 1 / -1; margin-top: 4px; color: var(--dkm-text-3); font-size: 12px; }
.dkm-dialog--generic { width: 520px; }
.dkm-code { margin: 0 0 12px; padding: 8px 10px; max-height: 160px; overflow: auto; border-radius: 4px; background: var(--dkm-fill); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.dkm-field { display: flex; flex-direction: column; gap: 4px; }
.dkm-error { margin: 4px 0 0; color: var(--dkm-danger); font-size: 12px; }
@media (prefers-reduced-motion: reduce) { .dkm-download__fill { transition: none; } }

@container dkm (width < 480px) {
  .dkm-picker { grid-template-columns: minmax(0, 1fr); grid-template-rows: minmax(0, 1fr) auto; }
  .dkm-picker__side { max-height: 112px; border-left: 0; border-top: 1px solid var(--dkm-border); }
  .dkm-picker__side h3 { padding: 8px 16px 4px; }
  .dkm-chips { display: flex; flex-wrap: wrap; align-content: flex-start; gap: 4px; padding: 0 12px 8px; }
  .dkm-chip { max-width: 100%; padding: 2px 2px 2px 4px; border: 1px solid var(--dkm-border); border-radius: 16px; background: #fff; }
  .dkm-chip .dkm-icon-button { width: 22px; height: 22px; font-size: 16px; }
  .dkm-gallery__stage { gap: 8px; padding: 0 8px 16px; }
}
@container dkm (height < 400px) {
  .dkm-dialog { max-height: calc(100% - 16px); }
  .dkm-dialog:not(.dkm-frame) { overflow-y: auto; }
  .dkm-dialog:not(.dkm-frame) > .dkm-dialog__body { flex: none; overflow: visible; }
  .dkm-dialog__footer { position: sticky; bottom: 0; background: #fff; }
  .dkm-dialog--picker { height: auto; }
  .dkm-picker__list, .dkm-chips { flex: none; overflow: visible; }
  .dkm-picker__side { max-height: none; }
  .dkm-frame { max-height: 100%; }
  .dkm-layer--toasts { top: 12px; bottom: 12px; }
}
@container dkm (height < 200px) {
  .dkm-dialog { max-height: 100%; }
  .dkm-dialog__header { padding: 8px 12px 0; }
  .dkm-dialog__body { padding: 8px 12px; }
  .dkm-dialog__footer { padding: 8px 12px; }
  .dkm-picker { margin-top: 8px; }
  .dkm-gallery__bar { padding: 4px 8px; }
  .dkm-gallery__stage { padding: 0 8px 8px; }
  .dkm-gallery__nav { width: 28px; height: 28px; font-size: 18px; }
  .dkm-layer--toasts { top: 8px; bottom: 8px; }
  .dkm-layer--downloads { bottom: 8px; }
  .dkm-download { grid-template-columns: minmax(0, 1fr) auto auto; padding: 4px 8px 8px 12px; }
  .dkm-download__meta { grid-area: 1 / 2; margin-top: 0; }
  .dkm-download .dkm-icon-button { grid-area: 1 / 3; }
  .dkm-download__bar { grid-row: 2; margin-top: 4px; }
}
`;
