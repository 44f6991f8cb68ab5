// The compose body as plain text, with an exact map back to the DOM.
//
// The engine sees a string; the editor is a tree of blocks, <br>s, inline formatting, links and &nbsp;.
// `readText` walks the tree once and records, for every character it emits, the text node and offset it
// came from (in runs, so the map stays small). Line breaks that come from block boundaries or <br> are
// synthetic characters with no node of their own. Quoted history and signatures are left out entirely:
// their characters are simply never emitted, so offsets into the rest stay exact.

/** A run of emitted characters that come from consecutive characters of one text node. */
export interface TextRun {
  node: Text;
  /** Offset in `node.data` of the run's first character. */
  nodeStart: number;
  /** Offsets in the emitted text, end exclusive. */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  /** Runs in document order; characters not covered by a run are synthetic line breaks. */
  runs: TextRun[];
  root: Element;
}

export interface ReadOptions {
  /** Subtrees left out (quoted history that is not at the end, signatures). */
  skip?: string;
  /** Where the draft ends: this element and everything after it in document order is left out. */
  stopAt?: string;
  /**
   * White space is rendered as written (CSS white-space: pre / pre-wrap / break-spaces): a "\n" in a text
   * node is a line break and runs of spaces are kept. Otherwise it collapses as HTML does.
   */
  preserveWhitespace?: boolean;
}

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose content is never part of what the person wrote. */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'HEAD', 'SVG', 'OBJECT', 'IFRAME']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const NBSP = 0xa0;

/** Caret placeholders some editors leave in the DOM (zero-width space, BOM): invisible, never text. */
function isInvisible(code: number): boolean {
  return code === 0x200b || code === 0xfeff;
}

function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
}

class Reader {
  private out: string[] = [];
  private length = 0;
  readonly runs: TextRun[] = [];
  /** A line break is owed before the next character (a block ended or a <br> was passed). */
  private pendingBreak = false;
  /** At least one line exists (possibly empty, from a <br>). */
  private started = false;
  private lastWasSpace = false;
  stopped = false;

  constructor(private readonly options: ReadOptions) {}

  get text(): string {
    return this.out.join('');
  }

  visit(node: Node): void {
    if (this.stopped) return;
    if (node.nodeType === TEXT_NODE) {
      this.text_(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (this.options.stopAt && el.matches(this.options.stopAt)) {
      this.stopped = true;
      return;
    }
    if (NEVER_TEXT.has(tag)) return;
    if (this.options.skip && el.matches(this.options.skip)) {
      // A skipped block still separates the lines around it.
      if (BLOCKS.has(tag)) this.blockBoundary();
      return;
    }
    if (tag === 'BR') {
      this.lineBreak();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) this.blockBoundary();
    for (let child = el.firstChild; child; child = child.nextSibling) {
      this.visit(child);
      if (this.stopped) return;
    }
    if (block) this.blockBoundary();
  }

  private blockBoundary(): void {
    if (this.started) this.pendingBreak = true;
  }

  private lineBreak(): void {
    this.flushBreak();
    this.started = true;
    this.pendingBreak = true;
  }

  private flushBreak(): void {
    if (this.pendingBreak && this.started) {
      this.out.push('\n');
      this.length++;
      this.lastWasSpace = false;
    }
    this.pendingBreak = false;
  }

  private text_(node: Text): void {
    const data = node.data;
    const preserve = this.options.preserveWhitespace === true;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isInvisible(code)) continue;
      let ch: string;
      if (preserve) {
        if (code === 0x0d) continue;
        if (code === 0x0a) {
          // A real line break inside the text node: the character itself maps to the DOM.
          this.flushBreak();
          this.started = true;
          this.emit('\n', node, i);
          continue;
        }
        ch = code === NBSP ? ' ' : data[i]!;
      } else if (isCollapsible(code)) {
        // Leading white space on a line and runs of white space collapse away, as the browser renders them.
        if (this.pendingBreak || !this.started || this.lastWasSpace) continue;
        ch = ' ';
      } else {
        ch = code === NBSP ? ' ' : data[i]!;
      }
      this.flushBreak();
      this.started = true;
      this.emit(ch, node, i);
      this.lastWasSpace = !preserve && isCollapsible(code);
    }
  }

  private emit(ch: string, node: Text, offset: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last.node === node && last.end === this.length && last.nodeStart + (last.end - last.start) === offset) {
      last.end++;
    } else {
      this.runs.push({ node, nodeStart: offset, start: this.length, end: this.length + 1 });
    }
    this.out.push(ch);
    this.length++;
  }
}

/** Reads the text a person sees in `root` (an editable), with the map back to its text nodes. */
export function readText(root: Element, options: ReadOptions = {}): TextMap {
  const reader = new Reader(options);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    reader.visit(child);
    if (reader.stopped) break;
  }
  return { text: reader.text, runs: reader.runs, root };
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/** Index of the first run whose end is > offset (binary search; runs are sorted and disjoint). */
function firstRunEndingAfter(runs: readonly TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The DOM point at text offset `offset` (a boundary between characters). `forward` picks the side a range
 * start wants (before the next character); otherwise the side a range end wants (after the previous one).
 * At a synthetic line break the point moves to the nearest real character on that side.
 */
export function pointAt(map: TextMap, offset: number, forward: boolean): DomPoint {
  const { runs } = map;
  if (runs.length === 0) return { node: map.root, offset: 0 };
  if (forward) {
    const i = firstRunEndingAfter(runs, offset);
    const run = runs[i];
    if (run) {
      const at = Math.max(offset, run.start);
      return { node: run.node, offset: run.nodeStart + (at - run.start) };
    }
    const last = runs[runs.length - 1]!;
    return { node: last.node, offset: last.nodeStart + (last.end - last.start) };
  }
  // Backward: the last run that starts before offset.
  const i = firstRunStartingAtOrAfter(runs, offset) - 1;
  if (i < 0) return { node: runs[0]!.node, offset: runs[0]!.nodeStart };
  const run = runs[i]!;
  const at = Math.min(offset, run.end);
  return { node: run.node, offset: run.nodeStart + (at - run.start) };
}

function firstRunStartingAtOrAfter(runs: readonly TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A live Range over text offsets start..end (end exclusive) of the map's root. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document = map.root.ownerDocument): Range {
  const from = pointAt(map, start, true);
  const to = end <= start ? from : pointAt(map, end, false);
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The text offset of a DOM point (a caret, a selection end). Points inside left-out content (a quote, the
 * signature) resolve to the nearest emitted character after them, or the end of the text.
 */
export function offsetAt(map: TextMap, node: Node, offset: number): number {
  if (node.nodeType === TEXT_NODE) {
    for (const run of map.runs) {
      if (run.node !== node) continue;
      const len = run.end - run.start;
      if (offset <= run.nodeStart) return run.start;
      if (offset <= run.nodeStart + len) return run.start + (offset - run.nodeStart);
    }
  }
  // Element points (or text skipped by the reader): the first emitted character after the point.
  const firstRun = new Map<Node, TextRun>();
  for (const run of map.runs) if (!firstRun.has(run.node)) firstRun.set(run.node, run);
  let next: Node | null = node.nodeType === TEXT_NODE ? nextInOrder(node, map.root) : (node.childNodes[offset] ?? afterSubtree(node, map.root));
  for (; next; next = nextInOrder(next, map.root)) {
    const run = firstRun.get(next);
    if (run) return run.start;
  }
  return map.text.length;
}

/** The node after `node` in document order (pre-order), staying inside `root`. */
function nextInOrder(node: Node, root: Node): Node | null {
  return node.firstChild ?? afterSubtree(node, root);
}

/** The first node after `node`'s whole subtree, staying inside `root`. */
function afterSubtree(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}
