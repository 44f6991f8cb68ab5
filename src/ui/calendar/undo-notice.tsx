// After a date suggestion was applied: a small notice saying what changed, with Undo (the date fields are
// several inputs, so the editor's own Ctrl+Z restores only one of them). Its own shadow host on <html>.
import { render } from 'preact';
import type { FieldValues } from '../../adapters/calendar';
import type { UiLang } from '../i18n';
import { translator } from '../i18n';

export const NOTICE_TAG = 'nemawashi-calendar-notice';

export interface NoticeView {
  lang: UiLang;
  when: string;
  onUndo(): void;
}

export interface UndoNotice {
  show(view: NoticeView & { token?: FieldValues }): void;
  /** Hides the notice if it still belongs to this apply. */
  hideIf(token: FieldValues): void;
  dispose(): void;
}

const CSS = `
.notice { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); display: flex; gap: 12px;
  align-items: center; padding: 10px 14px; border-radius: 8px; background: #202124; color: #fff;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Yu Gothic UI", sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.3); max-width: calc(100vw - 32px); }
.notice button { font: inherit; border: 0; background: none; color: #8ab4f8; font-weight: 600; cursor: pointer; padding: 2px 6px; }
.notice button.dismiss { color: #bdc1c6; font-weight: 400; }
`;

export function mountUndoNotice(doc: Document): UndoNotice {
  const host = doc.createElement(NOTICE_TAG);
  host.setAttribute('style', 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483000; display: block;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.appendChild(host);
  let current: unknown = null;
  const hide = () => {
    current = null;
    render(null, container);
  };
  return {
    show(view) {
      const token = {};
      current = view.token ?? token;
      const t = translator(view.lang, 'calendar');
      render(
        <div class="notice" role="status" onMouseDown={(e) => e.preventDefault()}>
          <span>{t('dateChanged', { when: view.when })}</span>
          <button
            type="button"
            class="undo"
            onClick={() => {
              hide();
              view.onUndo();
            }}
          >
            {t('undo')}
          </button>
          <button type="button" class="dismiss" aria-label={t('dismiss')} onClick={hide}>×</button>
        </div>,
        container,
      );
    },
    hideIf(token) {
      if (current === token) hide();
    },
    dispose() {
      hide();
      host.remove();
    },
  };
}
