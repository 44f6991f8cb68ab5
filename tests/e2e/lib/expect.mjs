// Assertions and polling for end-to-end tests. Waits poll a condition with a generous deadline (a loaded
// CI machine is slow); a fixed sleep is never used as an assertion.
import assert from 'node:assert/strict';

export { assert };

/** Polls `fn` until it returns a truthy value (returned) or the deadline passes (throws with `what`). */
export async function waitFor(fn, what, { timeoutMs = 20000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${stringify(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function stringify(v) {
  if (v instanceof Error) return v.message;
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
