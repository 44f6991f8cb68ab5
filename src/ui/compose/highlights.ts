// Paints findings in the compose body without touching the editor's DOM: the CSS Custom Highlight API
// (CSS.highlights + ::highlight()) registers live Ranges that the browser draws and keeps in place while
// the person types. Where the API is missing, the underlines feature draws them in its own shadow root instead.
import type { Severity } from '../../engine/types';

const NAMES: Record<Severity, string> = {
  error: 'nemawashi-error',
  warning: 'nemawashi-warning',
  info: 'nemawashi-info',
};
const ACTIVE = 'nemawashi-active';
const FLASH = 'nemawashi-flash';
const FLASH_MS = 1600;
const STYLE_ID = 'nemawashi-highlight-style';

/** Colours by severity: red wavy for errors, amber for warnings, blue dotted for tips. */
const HIGHLIGHT_CSS = `
::highlight(${NAMES.error}) { text-decoration: underline wavy #d93025; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgba(217, 48, 37, 0.08); }
::highlight(${NAMES.warning}) { text-decoration: underline wavy #e37400; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgba(249, 171, 0, 0.12); }
::highlight(${NAMES.info}) { text-decoration: underline dotted #1a73e8; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${ACTIVE}) { background-color: rgba(26, 115, 232, 0.18); }
::highlight(${FLASH}) { background-color: rgba(251, 188, 4, 0.55); }
`;

export interface PaintedRange {
  range: Range;
  severity: Severity;
}

export interface HighlightPainter {
  /** Replaces the ranges painted for one compose window. */
  paint(owner: string, ranges: PaintedRange[]): void;
  clear(owner: string): void;
  /** The finding whose card is open, drawn a little stronger. */
  setActive(range: Range | null): void;
  /** Draws attention to one finding for a moment (chosen in the popup). */
  flash(range: Range): void;
  dispose(): void;
}

/** A painter on the Highlight API, or null when this browser lacks it (then underlines are drawn instead). */
export function createHighlightPainter(doc: Document): HighlightPainter | null {
  try {
    return highlightPainter(doc);
  } catch {
    // E.g. a content-script sandbox that may not hand its objects to the page's registry: draw instead.
    return null;
  }
}

function highlightPainter(doc: Document): HighlightPainter | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS && 'highlights' in view.CSS ? view.CSS.highlights : undefined;
  const HighlightCtor = view?.Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;

  // Another script of this extension on the same page (Outlook's mail and calendar scripts) shares the
  // registered highlights: each adds and removes only its own ranges.
  const shared = (name: string, priority: number): Highlight => {
    const existing = registry.get(name);
    if (existing) return existing;
    const h = new HighlightCtor();
    h.priority = priority;
    registry.set(name, h);
    return h;
  };
  const highlights = new Map<Severity, Highlight>();
  // Errors win where ranges overlap.
  for (const severity of Object.keys(NAMES) as Severity[]) highlights.set(severity, shared(NAMES[severity], severity === 'error' ? 3 : severity === 'warning' ? 2 : 1));
  const active = shared(ACTIVE, 4);
  const flash = shared(FLASH, 5);
  let activeRange: Range | null = null;
  let flashRange: Range | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }

  /** What is painted, per owner: each range with its severity. */
  const painted = new Map<string, Map<Range, Severity>>();

  const clear = (owner: string) => {
    for (const [range, severity] of painted.get(owner) ?? []) highlights.get(severity)?.delete(range);
    painted.delete(owner);
  };
  const unflash = () => {
    if (flashRange) flash.delete(flashRange);
    flashRange = null;
  };

  return {
    paint(owner, ranges) {
      // Only the difference: a finding still there keeps its Range (ComposeSession reuses it), so nothing is
      // removed and re-added for the browser to repaint.
      const before = painted.get(owner) ?? new Map<Range, Severity>();
      const after = new Map<Range, Severity>();
      for (const p of ranges) after.set(p.range, p.severity);
      for (const [range, severity] of before) {
        if (after.get(range) !== severity) highlights.get(severity)?.delete(range);
      }
      for (const [range, severity] of after) {
        if (before.get(range) !== severity) highlights.get(severity)?.add(range);
      }
      painted.set(owner, after);
    },
    clear,
    setActive(range) {
      if (range === activeRange) return;
      if (activeRange) active.delete(activeRange);
      activeRange = range;
      if (range) active.add(range);
    },
    flash(range) {
      unflash();
      flashRange = range;
      flash.add(range);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(unflash, FLASH_MS);
    },
    dispose() {
      for (const owner of [...painted.keys()]) clear(owner);
      if (activeRange) active.delete(activeRange);
      unflash();
      clearTimeout(flashTimer);
      // The names go when nobody paints with them any more (a newer copy of the script may have its own).
      const all: Array<[string, Highlight]> = [...[...highlights].map(([s, h]) => [NAMES[s], h] as [string, Highlight]), [ACTIVE, active], [FLASH, flash]];
      let empty = true;
      for (const [name, h] of all) {
        if (h.size > 0) empty = false;
        else if (registry.get(name) === h) registry.delete(name);
      }
      if (empty) doc.getElementById(STYLE_ID)?.remove();
    },
  };
}
