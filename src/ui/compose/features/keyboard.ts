// Escape closes the card and the recipient menu. Keys typed while the IME composes are the IME's: a Japanese
// writer presses Escape to cancel a conversion, not to close our card.
import type { ComposeStore } from '../store';
import { defineFeature } from './feature';

function init(store: ComposeStore, signal: AbortSignal): void {
  store.win.addEventListener('keydown', (event) => {
    if (event.isComposing || event.key !== 'Escape') return;
    if (store.card.peek() && !store.confirm.peek()) store.card.value = null;
    if (store.recipientOpen.peek()) store.recipientOpen.value = null;
  }, { capture: true, signal });
}

export default defineFeature('keyboard', init);
