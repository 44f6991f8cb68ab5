// The reviewer's popup acting on this tab's compose windows: it is told which window the person works in,
// and its Apply / Ignore / Show arrive here and take the same path as the card's buttons.
import type { ComposeAction, ComposeActionResult } from '../../../extension/protocol';
import { listenForActions, notifyComposeFocus } from '../background-client';
import type { ComposeSession } from '../session';
import type { ComposeStore } from '../store';
import { revealItem } from '../text-entries';
import { defineFeature } from './feature';

/** An action chosen in the popup. Null: not one of this tab's windows (another frame or client answers). */
export function act(store: ComposeStore, action: ComposeAction): ComposeActionResult | null {
  const session = store.session(action.composeId);
  if (!session) return null;
  const { field, start, end, ruleId } = action.finding;
  const item = session.items.find((i) => i.key === `${field}:${start}:${end}:${ruleId}`);
  if (!item) return { ok: false, reason: 'not-found' };
  if (!session.isLive(item)) {
    session.recheck();
    return { ok: false, reason: 'changed' };
  }
  if (action.action === 'reveal') {
    revealItem(item);
    if (item.range) store.painter.peek()?.flash(item.range);
    else item.input?.focus({ preventScroll: true });
    return { ok: true };
  }
  if (store.card.peek()?.sessionId === session.id) store.card.value = null;
  if (action.action === 'ignore') {
    session.ignore(item);
    return { ok: true };
  }
  const done = session.apply(item, action.suggestion ?? 0);
  store.queueFrame();
  return done ? { ok: true } : { ok: false, reason: 'failed' };
}

function init(store: ComposeStore, signal: AbortSignal): void {
  const stop = listenForActions((action) => act(store, action));
  let focused: ComposeSession | null = null;
  store.win.addEventListener('focusin', (event) => {
    const target = event.target as Node | null;
    if (!target) return;
    const session = store.sessions.peek().find((s) => !s.isClosed && s.win.root.contains(target));
    if (!session) return;
    if (focused !== session) notifyComposeFocus(session.id);
    focused = session;
  }, { capture: true, signal });
  signal.addEventListener('abort', stop, { once: true });
}

export default defineFeature('popup-link', init);
