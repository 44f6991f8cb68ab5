// Applying a suggestion through the editor's own input path (insertText and delete on exactly the edited
// ranges), so its Undo restores the original. The caret ends after the last replacement in the draft.
//
// Browser habits are undone here, because a draft must change in exactly the edited ranges:
// - An editor keeps collapsible white space visible by rewriting it: Chromium's insertText turns a plain
//   space next to the edit into a no-break space (and Firefox does alike), so a neighbour outside the range
//   would change. While the edit runs, the field's white space is declared preserved (pre-wrap), which is
//   the one condition under which the editor leaves spaces as they are; the style is put back at once,
//   before anything is painted, and is no part of the draft or of its undo history.
// - Replacing across elements in one command restyles what follows the range (see `inOneStep`).
// - Each command is one undo step. A suggestion with several edits (or a replacement made in two commands)
//   is several steps, and the person's Undo (or Redo) of it is turned into all of them at once
//   (`undoGroups`), so one Undo restores the whole draft.
import type { TextMap } from '../../adapters/text-map';
import { offsetAt, pointAt, rangeFor, readText } from '../../adapters/text-map';
import { suggestionEdits } from '../../engine/apply';
import type { Finding, Suggestion, SuggestionEdit } from '../../engine/types';

/** Runs `fn` with the element's white space preserved, so the editor rewrites no space into a no-break one. */
function keepingWhitespace<T>(el: HTMLElement, fn: () => T): T {
  const style = el.getAttribute('style');
  el.style.setProperty('white-space', 'pre-wrap', 'important');
  try {
    return fn();
  } finally {
    if (style === null) el.removeAttribute('style');
    else el.setAttribute('style', style);
  }
}

/** Selects `range` and runs one editor command on it; false when the editor refused execCommand. */
function command(doc: Document, range: Range, name: 'insertText' | 'delete', text = ''): boolean {
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return doc.execCommand(name, false, text);
}

/** The editor refused execCommand: edit the DOM directly and tell the editor (Undo cannot restore this one). */
function replaceDirectly(body: HTMLElement, range: Range, text: string): void {
  const doc = body.ownerDocument;
  range.deleteContents();
  if (text) range.insertNode(doc.createTextNode(text));
  body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/**
 * One insertText over the range is safe when the range lies in one text node and leaves some of it: the
 * editor then only splices that node. Otherwise replacing in one command lets the editor restyle what is
 * left after the range (it pushes the deleted start's formatting onto the end's elements: <i><a> becomes
 * <a style="font-style: italic">) or leave a placeholder <br> in an emptied line; then the text is first
 * inserted at the start and the old text deleted after it, two steps that touch nothing else.
 */
function inOneStep(range: Range): boolean {
  const node = range.startContainer;
  return node === range.endContainer && node.nodeType === 3 && !(range.startOffset === 0 && range.endOffset === (node as Text).length);
}

type Read = () => TextMap;

/** Text compared without its white space (a Range's raw text against the text as read). */
const bare = (s: string) => s.replace(/[\s\u00a0]+/g, '');

/**
 * Edits of a contenteditable body in its current text offsets (sorted, not overlapping), made through the
 * editor last first, so the text before each edit is as it was: every edit is placed from a fresh read, not
 * from a Range an earlier edit may have moved. Returns the editor's undo steps (0 when the editor refused
 * a command and the DOM was edited directly) and the caret after the last edit in the draft, or null when the
 * text was not what the edits expect: then the steps made so far are undone and the draft is as it was.
 */
function editBody(body: HTMLElement, read: Read, edits: readonly SuggestionEdit[]): { steps: number; caret: Range | null } | null {
  const doc = body.ownerDocument;
  const selection = doc.getSelection()!;
  const first = read();
  const was = edits.map((e) => first.text.slice(e.start, e.end));
  let steps = 0;
  let direct = false;
  let tail = -1;
  const run = (range: Range, name: 'insertText' | 'delete', text = '') => {
    if (command(doc, range, name, text)) steps++;
    else (replaceDirectly(body, range, text), (direct = true));
  };
  const ok = keepingWhitespace(body, () => {
    for (let i = edits.length - 1; i >= 0; i--) {
      const e = edits[i]!;
      const map = i === edits.length - 1 ? first : read();
      if (map.text.slice(e.start, e.end) !== was[i]) return false;
      const range = rangeFor(map, e.start, e.end);
      if (range.collapsed || !e.text || inOneStep(range)) {
        run(range, e.text || range.collapsed ? 'insertText' : 'delete', e.text);
      } else {
        const at = range.cloneRange();
        at.collapse(true);
        run(at, 'insertText', e.text);
        // The old text: from the caret after the inserted text to where the range ended (a live boundary).
        if (!selection.rangeCount || !selection.isCollapsed) return false;
        const old = doc.createRange();
        old.setStart(selection.focusNode!, selection.focusOffset);
        old.setEnd(range.endContainer, range.endOffset);
        if (bare(old.toString()) !== bare(was[i]!)) return false;
        run(old, 'delete');
      }
      // The caret after the last edit in the draft, kept as its distance from the end of the text (edits
      // before it do not change that, and a Range there could be moved by their DOM changes).
      if (tail < 0 && selection.rangeCount) {
        const now = read();
        tail = now.text.length - offsetAt(now, selection.focusNode!, selection.focusOffset);
      }
    }
    return true;
  });
  if (!ok) {
    for (let i = 0; i < steps; i++) doc.execCommand('undo');
    return null;
  }
  let caret: Range | null = null;
  if (tail >= 0) {
    const now = read();
    const at = Math.max(0, now.text.length - tail);
    const point = pointAt(now, at, at === 0);
    caret = doc.createRange();
    caret.setStart(point.node, point.offset);
  }
  return { steps: direct ? 0 : steps, caret };
}

/**
 * Edits that touch (one ends where the next starts: a cushion inserted where a replacement starts) as one
 * edit: the same text, and no edit is then placed right against text another edit has just written.
 */
function joinTouching(sorted: readonly SuggestionEdit[]): SuggestionEdit[] {
  const out: SuggestionEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.end === e.start) out[out.length - 1] = { start: last.start, end: e.end, text: last.text + e.text };
    else out.push({ ...e });
  }
  return out;
}

/**
 * Applies edits (offsets into the body's text as `read` gives it, not overlapping) through the editor, as
 * one undo step for the person. The caret ends after the last edit in the draft. False when nothing applied.
 */
export function editBodyText(body: HTMLElement, read: Read, edits: readonly SuggestionEdit[]): boolean {
  const doc = body.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || !body.isConnected) return false;
  // Document order; at one start an insertion's text goes before the replacement's (as src/engine/apply.ts).
  const sorted = joinTouching(edits.filter((e) => !(e.start === e.end && e.text === '')).sort((a, b) => a.start - b.start || a.end - b.end));
  if (sorted.length === 0) return true;
  body.focus({ preventScroll: true });
  const before = contentOf(body);
  const done = undoGroups.editing(() => editBody(body, read, sorted));
  if (!done) return false;
  if (done.caret && body.contains(done.caret.startContainer)) {
    selection.removeAllRanges();
    selection.addRange(done.caret);
  }
  if (done.steps > 0) undoGroups.add(body, done.steps, before);
  return true;
}

/** Replaces `range` in a contenteditable body with `text`. Returns false when nothing could be applied. */
export function replaceInBody(body: HTMLElement, range: Range, text: string): boolean {
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return false;
  const map = readText(body);
  const start = offsetAt(map, range.startContainer, range.startOffset);
  const end = offsetAt(map, range.endContainer, range.endOffset);
  return editBodyText(body, () => readText(body), [{ start, end, text }]);
}

/**
 * A suggestion's edits placed in the body's current text: the checked offsets moved by as much as the
 * finding moved (`delta`, typing elsewhere since the check). Null when the text the edits span is no longer
 * what was checked (typed into since): then nothing is applied and the draft is checked again.
 */
export function placeEdits(
  current: string,
  checked: string,
  finding: Pick<Finding, 'start' | 'end'>,
  edits: readonly SuggestionEdit[],
  delta: number,
): SuggestionEdit[] | null {
  let lo = finding.start;
  let hi = finding.end;
  for (const e of edits) {
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, e.end);
  }
  if (lo < 0 || hi > checked.length || lo + delta < 0) return null;
  if (current.slice(lo + delta, hi + delta) !== checked.slice(lo, hi)) return null;
  return edits.map((e) => ({ start: e.start + delta, end: e.end + delta, text: e.text }));
}

export interface BodyApply {
  body: HTMLElement;
  /**
   * Reads the body now, as the check read it (the client's read options), with options fixed beforehand:
   * while the edits run, the body's computed white-space is the one `keepingWhitespace` set.
   */
  read: Read;
  /** The body's text when the finding was made (its offsets refer to it). */
  checked: string;
  finding: Pick<Finding, 'start' | 'end'>;
  /** Where the finding is now (a live Range kept by the browser); null: where it was. */
  live: Range | null;
}

/** Applies a suggestion (its `edits`, or `text` over the finding) to a body; false when the draft moved under it. */
export function applyToBody(target: BodyApply, suggestion: Suggestion): boolean {
  const { body, read, checked, finding, live } = target;
  let edits: SuggestionEdit[];
  try {
    edits = suggestionEdits(finding, suggestion);
  } catch {
    return false;
  }
  const map = read();
  const delta = live ? offsetAt(map, live.startContainer, live.startOffset) - finding.start : 0;
  const placed = placeEdits(map.text, checked, finding, edits, delta);
  return !!placed && editBodyText(body, read, placed);
}

/** Applies a suggestion to a subject field whose value was `checked` when the finding was made. */
export function applyToInput(input: HTMLInputElement, checked: string, finding: Pick<Finding, 'start' | 'end'>, suggestion: Suggestion): boolean {
  let edits: SuggestionEdit[];
  try {
    edits = suggestionEdits(finding, suggestion);
  } catch {
    return false;
  }
  const placed = placeEdits(input.value, checked, finding, edits, 0);
  return !!placed && replaceEditsInInput(input, placed);
}

/** Replaces start..end of a subject field with `text`. */
export function replaceInInput(input: HTMLInputElement, start: number, end: number, text: string): boolean {
  return replaceEditsInInput(input, [{ start, end, text }]);
}

/** Applies edits (offsets into the field's value, not overlapping) to a subject field, as one undo step. */
export function replaceEditsInInput(input: HTMLInputElement, edits: readonly SuggestionEdit[]): boolean {
  if (!input.isConnected) return false;
  input.focus({ preventScroll: true });
  const sorted = joinTouching(edits.filter((e) => !(e.start === e.end && e.text === '')).sort((a, b) => a.start - b.start || a.end - b.end)).reverse();
  let native = 0;
  let caret = -1;
  const before = input.value;
  undoGroups.editing(() => {
    for (const e of sorted) {
      input.setSelectionRange(e.start, e.end);
      if (input.ownerDocument.execCommand('insertText', false, e.text)) native++;
      else {
        input.setRangeText(e.text, e.start, e.end, 'end');
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: e.text }));
      }
      // The caret after the last edit in the field, moved by the edits made before it.
      caret = caret < 0 ? e.start + e.text.length : caret + e.text.length - (e.end - e.start);
    }
  });
  if (sorted.length > 1 && caret >= 0) input.setSelectionRange(caret, caret);
  if (native > 0 && native === sorted.length) undoGroups.add(input, native, before);
  return true;
}

/**
 * Undo steps that belong together: each apply's steps are undone by one Undo and redone by one Redo, for
 * the applies made one after another (the latest first). An apply is replayed only while the field is
 * exactly as it left it (or as it was before it, for Redo); anything the person types ends every group,
 * and from there the browser's own Undo, one step at a time, applies: never more than the browser would.
 */
class UndoGroups {
  private readonly stacks = new WeakMap<HTMLElement, { steps: number; before: string; after: string; undone: boolean; epoch: number }[]>();
  private readonly listening = new WeakSet<EventTarget>();
  /** Our own edits or replays are running: their input events end no group. */
  private own = false;
  /** Counts what the person typed anywhere in the page (the browser's undo history is the page's, not a field's). */
  private epoch = 0;

  /** Runs our own edits. */
  editing<T>(fn: () => T): T {
    const was = this.own;
    this.own = true;
    try {
      return fn();
    } finally {
      this.own = was;
    }
  }

  /** An apply made `steps` undo steps on `el`, whose content was `before`. */
  add(el: HTMLElement, steps: number, before: string): void {
    // A new edit ends what could be redone, and what lies under typing the person did since.
    const stack = (this.stacks.get(el) ?? []).filter((g) => !g.undone && g.epoch === this.epoch);
    stack.push({ steps, before, after: contentOf(el), undone: false, epoch: this.epoch });
    this.stacks.set(el, stack);
    if (!this.listening.has(el)) {
      this.listening.add(el);
      el.addEventListener('beforeinput', (event) => this.onBeforeInput(el, event), { capture: true });
    }
    const doc = el.ownerDocument;
    if (!this.listening.has(doc)) {
      this.listening.add(doc);
      doc.addEventListener('input', this.onInput, { capture: true });
    }
  }

  private onBeforeInput(el: HTMLElement, event: InputEvent): void {
    if (this.own) return;
    const undo = event.inputType === 'historyUndo';
    if (!undo && event.inputType !== 'historyRedo') return;
    const stack = this.stacks.get(el);
    if (!stack) return;
    const group = undo ? stack.filter((g) => !g.undone).pop() : stack.find((g) => g.undone);
    if (!group) return;
    if (group.epoch !== this.epoch || contentOf(el) !== (undo ? group.after : group.before)) {
      this.stacks.delete(el);
      return;
    }
    event.preventDefault();
    this.editing(() => {
      for (let i = 0; i < group.steps; i++) if (!el.ownerDocument.execCommand(undo ? 'undo' : 'redo')) break;
    });
    group.undone = undo;
  }

  private readonly onInput = (event: Event): void => {
    if (this.own) return;
    const type = (event as InputEvent).inputType;
    // The browser's own Undo/Redo of something else shows up as a content mismatch at the next Undo.
    if (type === 'historyUndo' || type === 'historyRedo') return;
    this.epoch++;
  };
}

function contentOf(el: HTMLElement): string {
  return el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.innerHTML;
}

const undoGroups = new UndoGroups();
