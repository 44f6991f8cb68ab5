// Styles of the compose UI, inside its shadow root (the page's CSS cannot reach in, ours cannot leak out).
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483000;
  font: 13px/1.5 "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif;
  color: #202124; }
.underline { position: fixed; height: 0; border-bottom: 2px solid; pointer-events: none; opacity: .9; }
.underline.box { border: 0; border-bottom: 2px solid; }
.sev-error { --sev: #d93025; --sev-bg: #fce8e6; }
.sev-warning { --sev: #e37400; --sev-bg: #fef7e0; }
.sev-info { --sev: #1a73e8; --sev-bg: #e8f0fe; }
.underline { border-color: var(--sev); }

.badge { position: fixed; display: inline-flex; align-items: center; gap: 4px; height: 24px; min-width: 24px;
  padding: 0 8px; border-radius: 12px; border: 1px solid rgba(0,0,0,.12); background: #fff; color: #3c4043;
  box-shadow: 0 1px 3px rgba(60,64,67,.3); font: 600 12px/22px inherit; font-family: inherit; cursor: pointer;
  /* Anchored by its bottom-right corner to the body's visible bottom-right. */
  transform: translate(-100%, -100%); }
.badge:hover { box-shadow: 0 2px 6px rgba(60,64,67,.35); }
.badge:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.badge .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--sev, #1e8e3e); }
.badge.clean .dot { background: #1e8e3e; }
.badge.loading .dot { background: #9aa0a6; }
.badge.issues { background: var(--sev-bg); border-color: var(--sev); color: #202124; }
.badge .mark { font-weight: 600; }
.notice { position: fixed; padding: 4px 8px; border-radius: 8px; background: #fef7e0; border: 1px solid #e37400;
  font-size: 11px; line-height: 1.4; color: #5f370e; width: max-content; max-width: 280px; transform: translate(-100%, -100%);
  pointer-events: none; }
.notice > div + div { margin-top: 4px; }

.relationship { position: fixed; transform: translate(-100%, -100%); }
.relationship-button { display: inline-flex; align-items: center; gap: 4px; height: 24px; padding: 0 9px; border-radius: 12px;
  border: 1px solid rgba(0,0,0,.12); background: #fff; color: #3c4043; box-shadow: 0 1px 3px rgba(60,64,67,.3);
  font: 600 12px/22px inherit; font-family: inherit; cursor: pointer; white-space: nowrap; }
.relationship-button.chosen { border-color: #1a73e8; color: #174ea6; }
.relationship-button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.relationship-icon { color: #1a73e8; }
.relationship-menu { position: absolute; right: 0; bottom: 30px; width: 250px; background: #fff; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 4px 16px rgba(60,64,67,.28), 0 1px 3px rgba(60,64,67,.2); font-size: 13px; }
.relationship-menu fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; }
.relationship-menu legend { font-weight: 600; margin-bottom: 4px; padding: 0; }
.relationship-menu label { display: flex; align-items: center; gap: 6px; cursor: pointer; }
.relationship-menu .first-contact { margin-top: 6px; padding-top: 6px; border-top: 1px solid #e8eaed; }
.relationship-menu .hint { margin: 6px 0 0; font-size: 11px; color: #5f6368; }

.card { position: fixed; width: 340px; max-width: calc(100vw - 16px); background: #fff; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(60,64,67,.28), 0 1px 3px rgba(60,64,67,.2); border-top: 4px solid var(--sev);
  padding: 10px 12px 12px; }
.card header { display: flex; align-items: center; gap: 6px; font-size: 12px; color: #5f6368; }
.card header .sev { display: inline-flex; align-items: center; gap: 4px; font-weight: 600; color: var(--sev); }
.card header .sev::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: var(--sev); }
.card header .spacer { flex: 1; }
.card header button { border: 0; background: none; color: #5f6368; cursor: pointer; font: inherit; padding: 0 4px; border-radius: 4px; }
.card header button:hover { background: #f1f3f4; }
.card .message { margin: 6px 0 8px; font-size: 14px; font-weight: 600; color: #202124; }
.card .flagged { font-size: 12px; color: #5f6368; margin-bottom: 8px; }
.card .flagged s { color: var(--sev); text-decoration-color: var(--sev); }
.card .suggestions { display: flex; flex-direction: column; gap: 6px; }
.card .suggestion { display: block; width: 100%; text-align: left; border: 1px solid #dadce0; border-radius: 6px;
  background: #fff; padding: 6px 10px; cursor: pointer; font: inherit; color: #202124; }
.card .suggestion:hover, .card .suggestion:focus-visible { border-color: #1a73e8; background: #f8fbff; outline: none; }
.card .suggestion .label { display: block; font-size: 11px; color: #1a73e8; font-weight: 600; }
.card .suggestion .text { display: block; font-size: 13px; }
.card details { margin-top: 8px; font-size: 12px; color: #3c4043; }
.card details summary { cursor: pointer; color: #5f6368; }
.card footer { display: flex; justify-content: flex-end; gap: 8px; margin-top: 10px; }
.card footer button, .confirm button { border: 1px solid #dadce0; border-radius: 4px; background: #fff; color: #3c4043;
  padding: 4px 12px; font: inherit; cursor: pointer; }
.card footer button:hover, .confirm button:hover { background: #f1f3f4; }
.card .notice-line { margin-top: 8px; font-size: 11px; color: #5f370e; background: #fef7e0; padding: 4px 6px; border-radius: 4px; }

.backdrop { position: fixed; inset: 0; width: 100vw; height: 100vh; background: rgba(32,33,36,.35);
  display: flex; align-items: center; justify-content: center; }
.confirm { width: 380px; max-width: calc(100vw - 32px); background: #fff; border-radius: 8px; padding: 18px 20px;
  box-shadow: 0 8px 28px rgba(0,0,0,.3); }
.confirm h2 { margin: 0 0 8px; font-size: 16px; font-weight: 600; }
.confirm p { margin: 0 0 16px; color: #3c4043; }
.confirm .actions { display: flex; justify-content: flex-end; gap: 8px; }
.confirm button.primary { background: #1a73e8; color: #fff; border-color: #1a73e8; }
.confirm button.primary:hover { background: #1765cc; }
`;
