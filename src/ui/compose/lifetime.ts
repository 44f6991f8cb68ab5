// The part of WXT's ContentScriptContext the compose UI uses: timers and listeners that stop when the
// extension reloads or updates. Structural, so plain objects can stand in for it in tests.
export interface Lifetime {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
  setTimeout(handler: () => void, timeout?: number): number;
  setInterval(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  onInvalidated(cb: () => void): () => void;
}

/**
 * A signal that aborts when either the extension's context or the owner (a compose window) ends.
 * (AbortSignal.any would do, but Firefox has it only from 124 and the manifest allows 115.)
 */
export function childSignal(lifetime: Lifetime, own: AbortController): AbortSignal {
  if (lifetime.signal.aborted) own.abort();
  else lifetime.signal.addEventListener('abort', () => own.abort(), { once: true, signal: own.signal });
  return own.signal;
}
