// The suggestion card on the finding in store.card (set by the pointer, the badge, the popup or the Send
// question): placed below the words (above when there is no room); Apply, Ignore and stepping act through
// the finding's entry. The open finding is highlighted; a card whose finding is gone closes.
import { effect, signal as createSignal, untracked, type Signal } from '@preact/signals';
import { useLayoutEffect } from 'preact/hooks';
import { Card } from '../../card/Card';
import { failedRulesNotice } from '../../common/failed-rules';
import { visibleBox, type Box } from '../geometry';
import type { ComposeSession } from '../session';
import type { ComposeStore, Entry } from '../store';
import { defineFeature } from './feature';

const CARD_WIDTH = 340;
/** Until a card has been drawn once, its height is a guess. */
const CARD_HEIGHT_GUESS = 240;

/** The open card's finding, while it is still there. */
function openEntry(store: ComposeStore): { session: ComposeSession; entries: Entry[]; index: number } | null {
  const card = store.card.peek();
  const session = card && store.session(card.sessionId);
  if (!card || !session) return null;
  const entries = store.entries(session);
  const index = entries.findIndex((e) => e.key === card.key);
  return index >= 0 ? { session, entries, index } : null;
}

function anchorOf(entry: Entry, session: ComposeSession): Box | null {
  const box = entry.anchor ? entry.anchor() : (entry.boxes()[0] ?? null);
  if (box) return box;
  // Nothing of it on screen: beside the badge.
  const body = visibleBox(session.body);
  return body ? { left: body.right - 48, right: body.right - 8, top: body.bottom - 32, bottom: body.bottom - 8 } : null;
}

function place(win: Window, anchor: Box, height: number): { left: number; top: number } {
  let top = anchor.bottom + 6;
  if (top + height > win.innerHeight - 8) top = Math.max(8, anchor.top - 6 - height);
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, win.innerWidth - CARD_WIDTH - 8));
  return { left, top };
}

interface ViewState {
  height: Signal<number>;
  position: { left: number; top: number };
}

function CardView({ store, view }: { store: ComposeStore; view: ViewState }) {
  store.frame.value;
  store.changed.value;
  const card = store.card.value;
  const t = store.t.value;
  const lang = store.lang.value;
  const height = view.height.value;
  // Drawn once: measure its real height and place it again with it.
  useLayoutEffect(() => {
    const el = store.ui.peek()?.slot('card').querySelector<HTMLElement>('.card');
    if (el && el.offsetHeight && el.offsetHeight !== view.height.peek()) view.height.value = el.offsetHeight;
  });
  const open = card ? untracked(() => openEntry(store)) : null;
  if (!card || !open) return null;
  const { session, entries, index } = open;
  const entry = entries[index]!;
  const anchor = anchorOf(entry, session);
  if (anchor) view.position = place(store.win, anchor, height);
  const close = () => (store.card.value = null);
  return (
    <Card
      finding={entry.finding}
      flagged={entry.flagged}
      lang={lang}
      t={t}
      position={view.position}
      index={index}
      total={entries.length}
      notice={[session.dictionaryError ? t('dictionaryError') : null, failedRulesNotice(session.failedRules, lang, t)].filter(Boolean).join(' ') || null}
      onApply={(i) => {
        close();
        entry.apply(i);
        store.queueFrame();
      }}
      onIgnore={() => {
        close();
        entry.ignore();
      }}
      onStep={(delta) => {
        const next = entries[(index + delta + entries.length) % entries.length];
        if (!next) return;
        next.reveal();
        store.card.value = { sessionId: session.id, key: next.key, sticky: true };
      }}
      onClose={close}
      onHover={(inside) => (store.pointerOnCard.value = inside)}
    />
  );
}

function init(store: ComposeStore, signal: AbortSignal): void {
  const view: ViewState = { height: createSignal(CARD_HEIGHT_GUESS), position: { left: 0, top: 0 } };
  const stop = effect(() => {
    store.changed.value;
    const card = store.card.value;
    const painter = store.painter.value;
    untracked(() => {
      const found = card ? openEntry(store) : null;
      if (!found) store.pointerOnCard.value = false;
      if (card && !found) store.card.value = null;
      painter?.setActive(found ? found.entries[found.index]!.range : null);
    });
  });
  store.mount('card', () => <CardView store={store} view={view} />, signal);
  signal.addEventListener('abort', stop, { once: true });
}

export default defineFeature('card', init);
