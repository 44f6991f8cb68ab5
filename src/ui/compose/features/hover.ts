// The pointer and the card: resting on a finding opens its card (closing again when the pointer leaves it and
// the card), a click opens it to stay, a click elsewhere closes it. Findings are found by their screen boxes.
import { effect } from '@preact/signals';
import { contains } from '../geometry';
import type { ComposeSession } from '../session';
import type { ComposeStore, Entry } from '../store';
import { defineFeature } from './feature';

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

function init(store: ComposeStore, signal: AbortSignal): void {
  const { win, lifetime } = store;
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
    if (card && !card.sticky && !store.pointerOnCard.peek() && hideTimer === undefined) {
      hideTimer = lifetime.setTimeout(() => {
        hideTimer = undefined;
        const now = store.card.peek();
        if (now && !now.sticky && !store.pointerOnCard.peek()) store.card.value = null;
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

  const stop = effect(() => {
    // The pointer back on the card keeps it open.
    if (store.pointerOnCard.value) hideTimer = cancel(hideTimer);
    // After every check the pointer may already rest on a finding that just appeared.
    store.changed.value;
    if (pointer) queuePointer();
  });
  signal.addEventListener('abort', () => {
    stop();
    cancel(hoverTimer);
    cancel(hideTimer);
  }, { once: true });
}

export default defineFeature('hover', init);
