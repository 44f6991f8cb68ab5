// Paints findings in the compose body without touching the editor's DOM: the CSS Custom Highlight API
// (CSS.highlights + ::highlight()) registers live Ranges that the browser draws and keeps in place while
// the person types. Where the API is missing, the controller draws underlines in its own shadow root instead.
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

  const highlights = new Map<Severity, Highlight>();
  for (const severity of Object.keys(NAMES) as Severity[]) {
    const h = new HighlightCtor();
    // Errors win where ranges overlap.
    h.priority = severity === 'error' ? 3 : severity === 'warning' ? 2 : 1;
    highlights.set(severity, h);
    registry.set(NAMES[severity], h);
  }
  const active = new HighlightCtor();
  active.priority = 4;
  registry.set(ACTIVE, active);
  const flash = new HighlightCtor();
  flash.priority = 5;
  registry.set(FLASH, flash);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }

  const painted = new Map<string, PaintedRange[]>();

  const clear = (owner: string) => {
    for (const p of painted.get(owner) ?? []) highlights.get(p.severity)?.delete(p.range);
    painted.delete(owner);
  };

  return {
    paint(owner, ranges) {
      clear(owner);
      for (const p of ranges) highlights.get(p.severity)?.add(p.range);
      painted.set(owner, ranges);
    },
    clear,
    setActive(range) {
      active.clear();
      if (range) active.add(range);
    },
    flash(range) {
      flash.clear();
      flash.add(range);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => flash.clear(), FLASH_MS);
    },
    dispose() {
      // Only our own entries: a newer copy of the script (after an extension update) may have registered its own.
      for (const [severity, h] of highlights) if (registry.get(NAMES[severity]) === h) registry.delete(NAMES[severity]);
      if (registry.get(ACTIVE) === active) registry.delete(ACTIVE);
      if (registry.get(FLASH) === flash) registry.delete(FLASH);
      clearTimeout(flashTimer);
      doc.getElementById(STYLE_ID)?.remove();
      painted.clear();
    },
  };
}
