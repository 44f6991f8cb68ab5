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
  /**
   * Null when the findings are those of the text as it is; otherwise a promise that resolves once they are
   * (an edit or an Undo not yet checked). The send is held until then, for at most SETTLE_WAIT_MS.
   */
  pendingCheck?(session: ComposeSession): Promise<void> | null;
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

/** How long a send waits for the check of a just-made edit; after that it is judged on what is known. */
export const SETTLE_WAIT_MS = 3000;

export function installSendGuard(lifetime: Lifetime, win: Window, hooks: SendGuardHooks): void {
  let replaying = false;
  /** Sessions whose send waits for a check: further Send gestures meanwhile are swallowed, never doubled. */
  const waiting = new Set<ComposeSession>();

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
    let pending: Promise<void> | null = null;
    try {
      session = hooks.sessionForSend(event);
      if (!session) return;
      if (!waiting.has(session)) {
        pending = hooks.pendingCheck?.(session) ?? null;
        errors = pending ? 0 : hooks.blockingErrors(session);
        if (!pending && errors === 0) return;
      } else errors = 0;
    } catch {
      return; // Our failure: the send goes ahead as if we were not here.
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    // Only the event that completes the gesture decides; the ones before it are simply held.
    if (event.type !== 'click' && event.type !== 'keydown') return;
    const target = session;
    if (waiting.has(target)) return;
    const resume = () => replay(target, event);
    const decide = () => {
      try {
        const count = hooks.blockingErrors(target);
        if (count === 0) resume();
        else hooks.ask(target, count, resume);
      } catch {
        resume();
      }
    };
    if (!pending) {
      try {
        hooks.ask(target, errors, resume);
      } catch {
        resume();
      }
      return;
    }
    // The text changed since the last check (typed a moment ago, or Undo): judge what it says now.
    waiting.add(target);
    let timer: number | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = lifetime.setTimeout(resolve, SETTLE_WAIT_MS);
    });
    void Promise.race([pending.catch(() => undefined), timeout]).then(() => {
      if (timer !== undefined) clearTimeout(timer);
      waiting.delete(target);
      if (!lifetime.signal.aborted && !target.isClosed) decide();
      else if (!target.isClosed) resume();
    });
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
