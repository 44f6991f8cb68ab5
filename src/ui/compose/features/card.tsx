// The suggestion card: opens on a finding when the pointer rests on it, when it is clicked, or from the badge,
// the popup or the Send question (they set store.card); places itself below the words (above when there is
// no room); Apply, Ignore and stepping act through the finding's entry. The open finding is highlighted.
import { effect, signal as createSignal, untracked, type Signal } from '@preact/signals';
import { useLayoutEffect } from 'preact/hooks';
import { Card } from '../../card/Card';
import { contains, visibleBox, type Box } from '../geometry';
import type { ComposeSession } from '../session';
import type { ComposeStore, Entry } from '../store';
import { defineFeature } from './feature';

const CARD_WIDTH = 340;
/** Until a card has been drawn once, its height is a guess. */
const CARD_HEIGHT_GUESS = 240;
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 450;

interface Hit {
  session: ComposeSession;
  entry: Entry;
}

/** The finding under a screen point, if any. */
export function hitTest(store: ComposeStore, x: number, y: number): Hit | null {
  for (const session of store.sessions.peek()) {
    if (session.isClosed) continue;
    for (const entry of store.entries(session)) if (entry.boxes().some((b) => contains(b, x, y, 2))) return { session, entry };
  }
  return null;
}

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
  onHover(inside: boolean): void;
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
      notice={session.dictionaryError ? t('dictionaryError') : null}
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
      onHover={view.onHover}
    />
  );
}

function init(store: ComposeStore, signal: AbortSignal): void {
  const { win, lifetime } = store;
  let overCard = false;
  let hoverTimer: number | undefined;
  let hideTimer: number | undefined;
  let pointer: { x: number; y: number } | null = null;
  let pointerQueued = false;
  const owns = (event: Event) => !!store.ui.peek()?.owns(event);
  const open = (hit: Hit, sticky: boolean) => (store.card.value = { sessionId: hit.session.id, key: hit.entry.key, sticky });
  const cancel = (timer: number | undefined) => {
    if (timer !== undefined) clearTimeout(timer);
    return undefined;
  };

  const view: ViewState = {
    height: createSignal(CARD_HEIGHT_GUESS),
    position: { left: 0, top: 0 },
    onHover(inside) {
      overCard = inside;
      if (inside) hideTimer = cancel(hideTimer);
    },
  };

  const onHover = () => {
    if (!pointer || store.confirm.peek()) return;
    const hit = hitTest(store, pointer.x, pointer.y);
    const card = store.card.peek();
    if (hit) {
      hideTimer = cancel(hideTimer);
      if (card?.key === hit.entry.key && card.sessionId === hit.session.id) return;
      hoverTimer = cancel(hoverTimer);
      hoverTimer = lifetime.setTimeout(() => {
        hoverTimer = undefined;
        // Findings are replaced by every check: compare by key, and open the current one.
        const still = pointer && hitTest(store, pointer.x, pointer.y);
        if (still && still.session === hit.session && still.entry.key === hit.entry.key) open(still, false);
      }, HOVER_OPEN_MS);
      return;
    }
    hoverTimer = cancel(hoverTimer);
    if (card && !card.sticky && !overCard && hideTimer === undefined) {
      hideTimer = lifetime.setTimeout(() => {
        hideTimer = undefined;
        const now = store.card.peek();
        if (now && !now.sticky && !overCard) store.card.value = null;
      }, HOVER_CLOSE_MS);
    }
  };

  const queuePointer = () => {
    if (pointerQueued) return;
    pointerQueued = true;
    lifetime.requestAnimationFrame(() => {
      pointerQueued = false;
      onHover();
    });
  };

  win.addEventListener('mousemove', (event) => {
    pointer = { x: event.clientX, y: event.clientY };
    queuePointer();
  }, { capture: true, passive: true, signal });
  win.addEventListener('mousedown', (event) => {
    const card = store.card.peek();
    if (!card || owns(event)) return;
    const hit = hitTest(store, event.clientX, event.clientY);
    if (!hit || hit.entry.key !== card.key) store.card.value = null;
  }, { capture: true, signal });
  win.addEventListener('click', (event) => {
    if (owns(event) || store.confirm.peek()) return;
    const hit = hitTest(store, event.clientX, event.clientY);
    if (hit) open(hit, true);
  }, { capture: true, signal });

  // After every check: a card whose finding is gone closes; the open finding is drawn a little stronger;
  // the pointer may already rest on a finding that just appeared.
  const stop = effect(() => {
    store.changed.value;
    const card = store.card.value;
    const painter = store.painter.value;
    untracked(() => {
      const found = card ? openEntry(store) : null;
      if (!found) overCard = false;
      if (card && !found) store.card.value = null;
      painter?.setActive(found ? found.entries[found.index]!.range : null);
      if (pointer) queuePointer();
    });
  });

  store.mount('card', () => <CardView store={store} view={view} />, signal);
  signal.addEventListener('abort', () => {
    stop();
    cancel(hoverTimer);
    cancel(hideTimer);
  }, { once: true });
}

export default defineFeature('card', init);
