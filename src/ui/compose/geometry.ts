// Where things are on screen, in viewport coordinates (the UI layer is position: fixed).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function boxOf(r: DOMRect | DOMRectReadOnly): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

export function intersect(a: Box, b: Box): Box | null {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.right > box.left && box.bottom > box.top ? box : null;
}

export function contains(box: Box, x: number, y: number, slack = 0): boolean {
  return x >= box.left - slack && x <= box.right + slack && y >= box.top - slack && y <= box.bottom + slack;
}

/**
 * The part of `el` actually visible: its box clipped by every scrolling or clipping ancestor and the
 * viewport. Null when nothing of it shows (a minimised compose window, scrolled away).
 */
export function visibleBox(el: Element): Box | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  let box: Box | null = boxOf(el.getBoundingClientRect());
  for (let a = el.parentElement; a && box; a = a.parentElement) {
    const style = view.getComputedStyle(a);
    if (style.display === 'none') return null;
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') box = intersect(box, boxOf(a.getBoundingClientRect()));
  }
  return box && intersect(box, { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
}

let canvas: HTMLCanvasElement | null = null;

/** Width of `text` in `input`'s font, measured on a canvas (never in the page's DOM). */
function textWidth(input: HTMLInputElement, text: string): number {
  canvas ??= input.ownerDocument.createElement('canvas');
  const g = canvas.getContext('2d');
  if (!g) return 0;
  const s = input.ownerDocument.defaultView!.getComputedStyle(input);
  g.font = s.font || `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  return g.measureText(text).width;
}

/**
 * The box of characters start..end of a single-line input (a subject field): inputs expose no Ranges, so
 * the text before the range is measured in the input's font and offset by padding and scroll.
 */
export function inputTextBox(input: HTMLInputElement, start: number, end: number): Box | null {
  const view = input.ownerDocument.defaultView;
  if (!view || !input.isConnected) return null;
  const r = input.getBoundingClientRect();
  if (r.width === 0) return null;
  const s = view.getComputedStyle(input);
  const padLeft = parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth);
  const padRight = parseFloat(s.paddingRight) + parseFloat(s.borderRightWidth);
  const x0 = r.left + padLeft - input.scrollLeft + textWidth(input, input.value.slice(0, start));
  const x1 = r.left + padLeft - input.scrollLeft + textWidth(input, input.value.slice(0, end));
  const fontSize = parseFloat(s.fontSize) || 14;
  const mid = r.top + r.height / 2;
  return intersect(
    { left: x0, right: x1, top: mid - fontSize * 0.65, bottom: mid + fontSize * 0.65 },
    { left: r.left + padLeft, right: r.right - padRight, top: r.top, bottom: r.bottom },
  );
}
