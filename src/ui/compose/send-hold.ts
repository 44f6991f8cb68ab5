// Before Send, while an error-level finding remains: ask "Review" / "Send anyway". The guard listens on the
// window in the capture phase, so it sees a click on Send (and Ctrl/⌘+Enter) before the mail client does.
// It may hold a send for one decision; it must never lose one: "Send anyway" replays the send on the
// client's own Send button, and any failure of ours lets the original event through untouched.
import type { Lifetime } from './lifetime';
import type { ComposeSession } from './session';

export interface SendGuardHooks {
  /** The compose window whose Send this event would trigger, or null. */
  sessionForSend(event: Event): ComposeSession | null;
  /** The errors that should stop this send for a moment (none: let it go). */
  blockingErrors(session: ComposeSession): number;
  /** Shows the question; `resume` performs the original send. */
  ask(session: ComposeSession, errors: number, resume: () => void): void;
  /** The Send button to replay a confirmed send on. */
  sendButton(session: ComposeSession): Element | null;
}

/** Events that make up a click on Send; all are held together so the client sees none of them. */
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

export function isSendShortcut(event: Event): boolean {
  if (event.type !== 'keydown') return false;
  const k = event as KeyboardEvent;
  return k.key === 'Enter' && (k.ctrlKey || k.metaKey) && !k.isComposing;
}

/** Enter or Space on a focused Send button activates it like a click. */
export function isButtonActivation(event: Event): boolean {
  if (event.type !== 'keydown') return false;
  const k = event as KeyboardEvent;
  return (k.key === 'Enter' || k.key === ' ') && !k.isComposing;
}

export function installSendGuard(lifetime: Lifetime, win: Window, hooks: SendGuardHooks): void {
  let replaying = false;

  const replay = (session: ComposeSession, original: Event) => {
    replaying = true;
    try {
      const button = hooks.sendButton(session);
      if (button) clickLikeAPerson(button);
      else (original.target as EventTarget | null)?.dispatchEvent(cloneKey(original as KeyboardEvent));
    } finally {
      replaying = false;
    }
  };

  const onEvent = (event: Event) => {
    if (replaying) return;
    let session: ComposeSession | null;
    let errors: number;
    try {
      session = hooks.sessionForSend(event);
      if (!session) return;
      errors = hooks.blockingErrors(session);
      if (errors === 0) return;
    } catch {
      return; // Our failure: the send goes ahead as if we were not here.
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    // Only the event that completes the gesture asks; the ones before it are simply held.
    if (event.type !== 'click' && event.type !== 'keydown') return;
    const resume = () => replay(session!, event);
    try {
      hooks.ask(session, errors, resume);
    } catch {
      resume();
    }
  };

  for (const type of [...POINTER_EVENTS, 'keydown'] as const) {
    win.addEventListener(type, onEvent, { capture: true, signal: lifetime.signal });
  }
}

/** A full click (pointer and mouse events) at the button's centre: what the clients' buttons listen for. */
function clickLikeAPerson(el: Element): void {
  const r = el.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, view: el.ownerDocument.defaultView, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0 };
  const PointerEventCtor = el.ownerDocument.defaultView?.PointerEvent ?? MouseEvent;
  el.dispatchEvent(new PointerEventCtor('pointerdown', { ...at, buttons: 1 }));
  el.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  el.dispatchEvent(new PointerEventCtor('pointerup', at));
  el.dispatchEvent(new MouseEvent('mouseup', at));
  el.dispatchEvent(new MouseEvent('click', at));
}

function cloneKey(k: KeyboardEvent): KeyboardEvent {
  return new KeyboardEvent('keydown', {
    key: k.key, code: k.code, ctrlKey: k.ctrlKey, metaKey: k.metaKey, shiftKey: k.shiftKey, altKey: k.altKey, bubbles: true, cancelable: true, composed: true,
  });
}
