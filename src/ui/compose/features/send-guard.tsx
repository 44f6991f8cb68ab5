// Before Send (or Save, in a calendar editor) while a finding the policy's Send check names remains: ask
// "Review" / "Send anyway". "Send anyway" replays the send; "Review" opens the card on the first such finding.
import { effect } from '@preact/signals';
import { SendConfirm } from '../../card/SendConfirm';
import { installSendGuard, isButtonActivation, isSendShortcut } from '../send-hold';
import type { ComposeSession } from '../session';
import type { ComposeStore } from '../store';
import { defineFeature } from './feature';

/** The compose window whose Send (or Save) this event would trigger, or null. */
function sessionForSend(store: ComposeStore, event: Event): ComposeSession | null {
  if (store.ui.peek()?.owns(event)) return null;
  const target = event.target as Node | null;
  if (!target) return null;
  for (const s of store.sessions.peek()) {
    if (s.isClosed || !s.win.root.contains(target)) continue;
    const onButton = store.config.adapter.sendButtonOf(s.win, event.target);
    if (event.type === 'keydown') {
      if ((store.config.sendShortcut && isSendShortcut(event)) || (onButton && isButtonActivation(event))) return s;
      continue;
    }
    if (onButton && ((event as MouseEvent).button ?? 0) === 0) return s;
  }
  return null;
}

function Confirm({ store }: { store: ComposeStore }) {
  const confirm = store.confirm.value;
  if (!confirm) return null;
  return (
    <SendConfirm
      errors={confirm.count}
      t={store.t.value}
      onSendAnyway={() => {
        store.confirm.value = null;
        confirm.resume();
      }}
      onReview={() => {
        store.confirm.value = null;
        const session = store.session(confirm.sessionId);
        const first = session && store.holdingSend(session)[0];
        if (!session || !first) return;
        first.reveal();
        store.card.value = { sessionId: session.id, key: first.key, sticky: true };
      }}
    />
  );
}

function init(store: ComposeStore, signal: AbortSignal): void {
  installSendGuard(store.lifetime, store.win, {
    sessionForSend: (event) => sessionForSend(store, event),
    blockingErrors: (session) => store.holdingSend(session).length,
    // Sent right after an edit or an Undo: wait for that text's findings rather than judge the old ones.
    pendingCheck: (session) => (session.isCurrent ? null : session.settled()),
    ask: (session, count, resume) => {
      if (store.confirm.peek()) return;
      store.card.value = null;
      store.confirm.value = { sessionId: session.id, count, resume };
    },
    sendButton: (session) => store.config.adapter.sendButton(session.win),
  });
  // The window closed while asking: nothing left to ask about.
  const stop = effect(() => {
    const confirm = store.confirm.value;
    if (confirm && !store.sessions.value.some((s) => s.id === confirm.sessionId && !s.isClosed)) store.confirm.value = null;
  });
  store.mount('confirm', () => <Confirm store={store} />, signal);
  signal.addEventListener('abort', stop, { once: true });
}

export default defineFeature('send-guard', init);
