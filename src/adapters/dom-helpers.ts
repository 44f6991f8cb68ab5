// Small DOM helpers shared by the client adapters. Every function tolerates DOM it does not know.

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Every e-mail address in a string ("Sato Kenji <kenji@example.co.jp>, b@example.com"). */
export function addressesIn(text: string | null | undefined): string[] {
  return text ? [...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase()) : [];
}

/**
 * The compose window around a body: its nearest ancestor (at most `maxDepth` up) that contains a match of
 * `selector` (the Send button). Null when the walk first reaches an ancestor holding another compose body
 * (`bodies`): then the button found higher up would be another window's, and this DOM is not one we know.
 */
export function nearestAncestorWith(el: Element, selector: string, bodies: readonly string[], maxDepth = 30): Element | null {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    if (containsAnotherBody(node, el, bodies)) return null;
    if (node.querySelector(selector)) return node;
  }
  return null;
}

function containsAnotherBody(node: Element, body: Element, bodies: readonly string[]): boolean {
  for (const sel of bodies) {
    try {
      for (const other of node.querySelectorAll(sel)) if (other !== body) return true;
    } catch {
      // Unsupported selector: skip it.
    }
  }
  return false;
}

/** The closest match of `selector` from an event target, within `root`. */
export function closestWithin(root: Element, target: EventTarget | null, selector: string): Element | null {
  const el = target && (target as Node).nodeType === 1 ? (target as Element) : ((target as Node | null)?.parentElement ?? null);
  const hit = el?.closest(selector) ?? null;
  return hit && root.contains(hit) ? hit : null;
}

/** Shown on screen (not display:none / detached); a hidden subject field is not the person's to edit. */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  if ((el as HTMLInputElement).type === 'hidden') return false;
  return typeof (el as HTMLElement).getClientRects !== 'function' || (el as HTMLElement).getClientRects().length > 0;
}

/** "Re:", "RE:", "Fwd:", "AW:", "返信:", "転送:" at the start of a subject. */
export function isReplySubject(subject: string): boolean {
  return /^\s*(?:re|fwd?|aw|wg|tr|返信|転送)\s*[:：]/i.test(subject);
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** A display name worth passing on: not empty, not itself an address. */
export function cleanName(raw: string | null | undefined): string | null {
  const name = (raw ?? '').replace(/\s+/g, ' ').replace(/<[^>]*>/g, '').trim();
  if (!name || name.includes('@')) return null;
  return name;
}

/**
 * Every match of any of `selectors`, in document order. Each is tried alone, so a selector this browser
 * does not support (`:has()` in an older engine) costs only itself, not the others.
 */
export function queryAllOf<T extends Element>(root: ParentNode, selectors: readonly string[]): T[] {
  const found = new Set<T>();
  for (const sel of selectors) {
    try {
      for (const el of root.querySelectorAll<T>(sel)) found.add(el);
    } catch {
      // Unsupported selector: skip it.
    }
  }
  if (found.size < 2) return [...found];
  // Document order (DOCUMENT_POSITION_FOLLOWING = 4 means b follows a).
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
