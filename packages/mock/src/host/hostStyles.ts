// The host's CSS, injected once per document by MockDingTalkHost (`<style id="dkm-styles">`).
// DingTalk-like: #3296FA primary, 4px radius, PingFang / system font. Everything is under `dkm-`.

/** The id of the injected `<style>` element. */
export const hostStyleId = 'dkm-styles';

/** The host's stylesheet. */
export const hostStyles = `
.dkm-root, .dkm-root * { box-sizing: border-box; }
.dkm-root {
  --dkm-primary: #3296fa; --dkm-primary-hover: #5aa9fb; --dkm-primary-active: #2a80d5;
  --dkm-text: #171a1d; --dkm-text-2: #5f6266; --dkm-text-3: #8f959e; --dkm-border: #e3e5e8;
  --dkm-fill: #f5f6f7; --dkm-danger: #f25643; --dkm-success: #15bc83; --dkm-warning: #ff9200;
  --dkm-z: 2147483000;
  font-family: "PingFang SC", -apple-system, BlinkMacSystemFont, "Segoe UI", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif;
  font-size: 14px; line-height: 1.5; color: var(--dkm-text);
}
.dkm-overlay { position: fixed; inset: 0; background: rgba(0, 0, 0, 0.4); z-index: var(--dkm-z); }
.dkm-dialog {
  position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%); z-index: var(--dkm-z);
  display: flex; flex-direction: column; max-width: calc(100vw - 32px); max-height: calc(100vh - 32px);
  background: #fff; border-radius: 4px; box-shadow: 0 8px 32px rgba(0, 0, 0, 0.18); outline: none;
}
.dkm-dialog:focus-visible { box-shadow: 0 0 0 2px var(--dkm-primary), 0 8px 32px rgba(0, 0, 0, 0.18); }
.dkm-dialog--message { width: 400px; }
.dkm-dialog__header { display: flex; align-items: center; gap: 8px; padding: 16px 20px 0; }
.dkm-dialog__title { flex: 1; min-width: 0; margin: 0; font-size: 16px; font-weight: 600; line-height: 24px; overflow-wrap: anywhere; }
.dkm-dialog__body { padding: 12px 20px; overflow: auto; color: var(--dkm-text-2); }
.dkm-dialog__message { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.dkm-dialog__footer { display: flex; justify-content: flex-end; align-items: center; gap: 8px; padding: 12px 20px 16px; }
.dkm-dialog__tip { margin-right: auto; color: var(--dkm-text-3); font-size: 12px; }
.dkm-dialog__tip--warn { color: var(--dkm-warning); }
.dkm-button {
  display: inline-flex; align-items: center; justify-content: center; gap: 4px; min-width: 64px; height: 32px;
  padding: 0 16px; border: 1px solid #d0d3d6; border-radius: 4px; background: #fff; color: var(--dkm-text);
  font: inherit; cursor: pointer; white-space: nowrap;
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
.dkm-picker { display: grid; grid-template-columns: minmax(0, 1fr) 220px; flex: 1; min-height: 0; border-top: 1px solid var(--dkm-border); border-bottom: 1px solid var(--dkm-border); margin-top: 12px; }
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

.dkm-gallery { position: fixed; inset: 0; z-index: var(--dkm-z); display: flex; flex-direction: column; background: rgba(0, 0, 0, 0.88); color: #fff; outline: none; }
.dkm-gallery__bar { display: flex; align-items: center; gap: 12px; padding: 12px 16px; }
.dkm-gallery__bar .dkm-dialog__title { color: #fff; }
.dkm-gallery__bar .dkm-icon-button { color: #fff; }
.dkm-gallery__bar .dkm-icon-button:hover { background: rgba(255, 255, 255, 0.15); }
.dkm-gallery__stage { display: flex; flex: 1; min-height: 0; align-items: center; justify-content: center; gap: 16px; padding: 0 16px 24px; }
.dkm-gallery__image { max-width: calc(100vw - 160px); max-height: calc(100vh - 120px); object-fit: contain; background: #222; }
.dkm-gallery__nav { width: 44px; height: 44px; border: 0; border-radius: 50%; background: rgba(255, 255, 255, 0.15); color: #fff; font-size: 22px; cursor: pointer; }
.dkm-gallery__nav:disabled { opacity: 0.3; cursor: default; }
.dkm-gallery__count { color: rgba(255, 255, 255, 0.75); font-size: 12px; }

.dkm-frame { padding: 0; overflow: hidden; }
.dkm-frame__bar { display: flex; flex: none; align-items: center; gap: 8px; height: 40px; padding: 0 8px 0 16px; border-bottom: 1px solid var(--dkm-border); background: var(--dkm-fill); }
.dkm-frame__bar .dkm-dialog__title { font-size: 14px; line-height: 20px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dkm-frame__iframe { display: block; flex: 1; width: 100%; min-height: 0; border: 0; background: #fff; }
.dkm-frame__blocked { flex: 1; margin: 0; padding: 16px; color: var(--dkm-danger); overflow-wrap: anywhere; }
.dkm-panel { position: fixed; top: 0; right: 0; bottom: 0; z-index: var(--dkm-z); display: flex; flex-direction: column; width: 400px; max-width: 100vw; background: #fff; box-shadow: -8px 0 32px rgba(0, 0, 0, 0.18); outline: none; }
.dkm-panel .dkm-frame__bar { padding-left: 8px; }
.dkm-panel .dkm-dialog__title { text-align: center; }

.dkm-layer { position: fixed; z-index: calc(var(--dkm-z) + 10); display: flex; flex-direction: column; gap: 8px; pointer-events: none; }
.dkm-layer--toasts { top: 24px; left: 50%; transform: translateX(-50%); align-items: center; }
.dkm-layer--downloads { right: 24px; bottom: 24px; }
.dkm-toast {
  display: flex; align-items: center; gap: 8px; max-width: min(480px, calc(100vw - 32px)); padding: 10px 16px;
  border-radius: 4px; background: rgba(23, 26, 29, 0.9); color: #fff; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2);
  overflow-wrap: anywhere; pointer-events: auto;
}
.dkm-toast__icon { display: inline-flex; flex: none; align-items: center; justify-content: center; width: 18px; height: 18px; border-radius: 50%; background: var(--dkm-primary); color: #fff; font-size: 12px; font-weight: 700; }
.dkm-toast--success .dkm-toast__icon { background: var(--dkm-success); }
.dkm-toast--error .dkm-toast__icon { background: var(--dkm-danger); }
.dkm-toast--warning .dkm-toast__icon, .dkm-toast--alert .dkm-toast__icon { background: var(--dkm-warning); }
.dkm-download { width: 320px; padding: 12px 16px; border: 1px solid var(--dkm-border); border-radius: 4px; background: #fff; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.12); pointer-events: auto; }
.dkm-download__head { display: flex; align-items: center; gap: 8px; }
.dkm-download__name { flex: 1; min-width: 0; margin: 0; font-size: 14px; font-weight: 400; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dkm-download__bar { height: 4px; margin-top: 8px; border-radius: 2px; background: var(--dkm-fill); overflow: hidden; }
.dkm-download__fill { height: 100%; background: var(--dkm-primary); transition: width 0.1s linear; }
.dkm-download__meta { margin-top: 4px; color: var(--dkm-text-3); font-size: 12px; }
.dkm-dialog--generic { width: 520px; }
.dkm-code { margin: 0 0 12px; padding: 8px 10px; max-height: 160px; overflow: auto; border-radius: 4px; background: var(--dkm-fill); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.dkm-field { display: flex; flex-direction: column; gap: 4px; }
.dkm-error { margin: 4px 0 0; color: var(--dkm-danger); font-size: 12px; }
@media (prefers-reduced-motion: reduce) { .dkm-download__fill { transition: none; } }
`;
