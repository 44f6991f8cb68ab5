// Who the mail is for, per compose window: a small control for the recipient kind and first contact, in the
// body's bottom-right corner beside the badge (where short last lines leave room; at the left it covered the
// start of the signature). Its choice goes to the session (remembered per thread, checked again at once).
import { effect } from '@preact/signals';
import { RecipientControl } from '../../card/RecipientControl';
import { visibleBox } from '../geometry';
import type { ComposeStore } from '../store';
import { defineFeature } from './feature';

function Controls({ store }: { store: ComposeStore }) {
  store.frame.value;
  store.changed.value;
  const t = store.t.value;
  const policy = store.policy.value;
  const openId = store.recipientOpen.value;
  return (
    <>
      {store.sessions.value.map((s) => {
        const box = s.isClosed ? null : visibleBox(s.body);
        if (!box) return null;
        return (
          <RecipientControl
            key={`r-${s.id}`}
            composeId={s.id}
            // Its bottom-right corner, left of the badge's place (the badge is at most ~44 px wide).
            left={Math.max(box.left + 8, box.right - 60)}
            top={box.bottom - 8}
            recipient={s.recipient(policy)}
            firstContact={s.firstContact()}
            chosen={Object.keys(s.choice).length > 0}
            open={openId === s.id}
            t={t}
            onToggle={() => {
              const opening = store.recipientOpen.peek() !== s.id;
              store.recipientOpen.value = opening ? s.id : null;
              if (opening) store.card.value = null;
            }}
            onChoose={(choice) => s.choose(choice)}
          />
        );
      })}
    </>
  );
}

function init(store: ComposeStore, signal: AbortSignal): void {
  // A click anywhere else closes the menu.
  store.win.addEventListener('mousedown', (event) => {
    if (store.recipientOpen.peek() && !store.ui.peek()?.owns(event)) store.recipientOpen.value = null;
  }, { capture: true, signal });
  const stop = effect(() => {
    const id = store.recipientOpen.value;
    if (id && !store.sessions.value.some((s) => s.id === id && !s.isClosed)) store.recipientOpen.value = null;
  });
  store.mount('recipients', () => <Controls store={store} />, signal);
  signal.addEventListener('abort', stop, { once: true });
}

export default defineFeature('recipient-control', init);
