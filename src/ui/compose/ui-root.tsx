// The compose UI's one layer: a fixed, zero-size host on <html> with an open shadow root, holding every
// badge, drawn underline, card and the send confirmation. Nothing of it lives inside the mail client's DOM.
import { render } from 'preact';
import type { Severity } from '../../engine/types';
import { Badge, type BadgeProps } from '../card/Badge';
import { Card, type CardProps } from '../card/Card';
import type { CardTranslate } from '../card/messages';
import { SendConfirm } from '../card/SendConfirm';
import { RecipientControl, type RecipientControlProps } from '../card/RecipientControl';
import { UI_CSS } from '../card/styles';

export const HOST_TAG = 'nemawashi-ui';

export interface UnderlineView {
  left: number;
  top: number;
  width: number;
  severity: Severity;
}

export interface UiView {
  t: CardTranslate;
  badges: Omit<BadgeProps, 't'>[];
  relationships?: Omit<RecipientControlProps, 't'>[];
  underlines: UnderlineView[];
  card: Omit<CardProps, 't'> | null;
  confirm: { errors: number; onReview(): void; onSendAnyway(): void } | null;
}

export interface UiRoot {
  host: HTMLElement;
  render(view: UiView): void;
  /** The open card's rendered height, to place it above or below its words. */
  cardHeight(): number | null;
  /** True when an event came from inside our UI (the card, a badge, the dialog). */
  owns(event: Event): boolean;
  dispose(): void;
}

function App({ view }: { view: UiView }) {
  const { t } = view;
  return (
    <div class="layer">
      {view.underlines.map((u) => (
        <div class={`underline sev-${u.severity}`} style={{ left: `${u.left}px`, top: `${u.top}px`, width: `${u.width}px` }} />
      ))}
      {view.badges.map((b) => (
        <Badge key={b.composeId} {...b} t={t} />
      ))}
      {(view.relationships ?? []).map((r) => (
        <RecipientControl key={`r-${r.composeId}`} {...r} t={t} />
      ))}
      {view.card && <Card {...view.card} t={t} />}
      {view.confirm && <SendConfirm errors={view.confirm.errors} t={t} onReview={view.confirm.onReview} onSendAnyway={view.confirm.onSendAnyway} />}
    </div>
  );
}

export function mountUiRoot(doc: Document): UiRoot {
  const host = doc.createElement(HOST_TAG);
  // The host takes no room and no clicks; its children are fixed-position and take their own.
  host.setAttribute('style', 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483000; display: block;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.appendChild(host);
  return {
    host,
    render(view) {
      render(<App view={view} />, container);
    },
    cardHeight() {
      const card = shadow.querySelector<HTMLElement>('.card');
      return card ? card.offsetHeight : null;
    },
    owns(event) {
      return event.composedPath().includes(host);
    },
    dispose() {
      render(null, container);
      host.remove();
    },
  };
}
