// The in-page half of the apply fuzz (bundled by esbuild and added to the mail client's page): it puts a
// generated draft into the compose body, applies a finding's suggestion through the extension's own apply
// code (src/ui/compose/apply.ts, the path the card's button takes), and compares the result with the
// engine's expected text character by character, the DOM outside the edits included. Undo is pressed by
// the test as a person does (a real Ctrl+Z), then `afterUndo` compares the whole draft with the original.
import { GMAIL_BODY_READ } from '../../../src/adapters/gmail/selectors';
import { OUTLOOK_BODY_READ } from '../../../src/adapters/outlook/selectors';
import { offsetAt, rangeFor, readText, type ReadOptions, type TextMap } from '../../../src/adapters/text-map';
import { applySuggestion } from '../../../src/engine/apply';
import type { Suggestion, SuggestionEdit } from '../../../src/engine/types';
import * as apply from '../../../src/ui/compose/apply';

type Client = 'gmail' | 'outlook';

interface Case {
  client: Client;
  /** The compose body's content (the client's own signature is kept after it). */
  html: string;
  /** Seed of this case's choice of edits (the draft's text decides the rest). */
  seed: number;
  multi: boolean;
}

export interface Outcome {
  ok: boolean;
  problems: string[];
  /** A plain space outside the edits became a no-break space. */
  nbspNeighbour: boolean;
  edits: SuggestionEdit[];
  text: string;
}

const BODY: Record<Client, string> = {
  gmail: '[g_editable="true"][role="textbox"]',
  outlook: '[role="textbox"][aria-label^="Message body"]',
};
const READ: Record<Client, ReadOptions> = { gmail: GMAIL_BODY_READ, outlook: OUTLOOK_BODY_READ };

/** Replacement texts a suggestion may bring: words, cushions, endings, emoji, spaces at either end, nothing. */
const REPLACEMENTS = [
  'Thank you', 'I am afraid', 'kindly', 'Sato-san', 'we would be glad to', 'Thank you for your patience. ', ' regards',
  'unfortunately, ', '恐れ入りますが、', 'いたしかねます', '貴社', '承知いたしました', 'ご検討いただけますでしょうか', '🙏',
  '👍🏽 thanks', '🇯🇵', '👨‍👩‍👧', '𠮷野', 'OK', '', '',
];

/** A small seeded generator (mulberry32), so a failing case is reproduced by its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

let signature: Node[] | null = null;
let sentinel: HTMLElement | null = null;
let current: { body: HTMLElement; before: string; sentinel: string } | null = null;

function bodyFor(client: Client): HTMLElement {
  const body = document.querySelector<HTMLElement>(BODY[client]);
  if (!body) throw new Error(`no ${client} compose body`);
  return body;
}

/** The client's signature (and anything after the draft) as it opened, kept under every generated draft. */
function signatureOf(client: Client, body: HTMLElement): Node[] {
  if (!signature) {
    // Gmail's compose was opened empty (its body holds only the signature); Outlook's keeps #Signature.
    // (The fixture's template adds source indentation around Gmail's: not part of a real body, left out.)
    const sig = client === 'gmail' ? [...body.childNodes] : [body.querySelector('#Signature')!];
    signature = sig.filter((n) => n.nodeType !== Node.TEXT_NODE || /\S/.test(n.textContent ?? '')).map((n) => n.cloneNode(true));
  }
  return signature.map((n) => n.cloneNode(true));
}

/**
 * An editable outside the compose window that gets one edit of its own before each apply: the undo step
 * just under the suggestion's. A grouped Undo that undid one step too many would undo it.
 */
function sentinelEdit(): string {
  if (!sentinel) {
    sentinel = document.createElement('div');
    sentinel.contentEditable = 'true';
    sentinel.id = 'apply-fuzz-sentinel';
    document.body.append(sentinel);
  }
  sentinel.focus();
  const r = document.createRange();
  r.selectNodeContents(sentinel);
  r.collapse(false);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(r);
  document.execCommand('insertText', false, 'x');
  return sentinel.textContent ?? '';
}

function readOptions(client: Client, body: HTMLElement, preserve?: boolean): ReadOptions {
  const ws = getComputedStyle(body).whiteSpace;
  return { ...READ[client], preserveWhitespace: preserve ?? /^(pre|pre-wrap|break-spaces)$/.test(ws) };
}

/** The text as stored in the DOM: every character of the read text, no-break spaces kept as they are. */
function raw(map: TextMap): string {
  const chars = map.text.split('');
  for (const run of map.runs) {
    for (let i = run.start; i < run.end; i++) chars[i] = run.node.data[run.nodeStart + (i - run.start)]!;
  }
  return chars.join('');
}

/** Grapheme boundaries of a line (offsets into the whole text), so no edit splits a character. */
function graphemeStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (const g of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text.slice(from, to))) out.push(from + g.index);
  out.push(to);
  return out;
}

/** Word-like segments of the text, with their line: where findings fall. */
function words(text: string): { start: number; end: number; lineStart: number; lineEnd: number }[] {
  const out: { start: number; end: number; lineStart: number; lineEnd: number }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    for (const w of new Intl.Segmenter('ja', { granularity: 'word' }).segment(line)) {
      if (w.isWordLike || /\p{Extended_Pictographic}/u.test(w.segment)) out.push({ start: lineStart + w.index, end: lineStart + w.index + w.segment.length, lineStart, lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** A finding over one to three words of a line, and its suggestion: one edit, or several (multi). */
function makeSuggestion(text: string, seed: number, multi: boolean): { start: number; end: number; suggestion: Suggestion } | null {
  const rnd = random(seed);
  const all = words(text);
  if (all.length === 0) return null;
  const first = Math.floor(rnd() * all.length);
  const w = all[first]!;
  let end = w.end;
  const more = Math.floor(rnd() * 3);
  for (let k = 1; k <= more && all[first + k] && all[first + k]!.lineStart === w.lineStart; k++) end = all[first + k]!.end;
  const start = w.start;
  const main: SuggestionEdit = { start, end, text: pick(rnd, REPLACEMENTS) };
  if (!multi) return { start, end, suggestion: { text: main.text, label: 'fuzz' } };
  const edits: SuggestionEdit[] = [main];
  const taken = (s: number, e: number) => edits.some((x) => s < x.end && x.start < e && !(s === e && (s === x.start || s === x.end)));
  // A cushion at the start of the line (possibly where the finding starts), an ending at its end, another word.
  if (rnd() < 0.7 && !taken(w.lineStart, w.lineStart)) edits.push({ start: w.lineStart, end: w.lineStart, text: pick(rnd, ['恐れ入りますが、', 'Thank you. ', 'Unfortunately, ', '🙏 ']) });
  const stops = graphemeStarts(text, w.lineStart, w.lineEnd);
  const tailFrom = stops[Math.max(0, stops.length - 1 - (1 + Math.floor(rnd() * 3)))]!;
  if (rnd() < 0.6 && tailFrom > end && !taken(tailFrom, w.lineEnd)) edits.push({ start: tailFrom, end: w.lineEnd, text: pick(rnd, ['いたしかねます。', ' if possible.', '.', '']) });
  const other = all[Math.floor(rnd() * all.length)]!;
  if (!taken(other.start, other.end)) edits.push({ start: other.start, end: other.end, text: pick(rnd, REPLACEMENTS) });
  if (edits.length === 1) edits.push({ start: end, end, text: ' 🙏' });
  return { start, end, suggestion: { text: main.text, label: 'fuzz', edits } };
}

/** Each character and <br> of the body with the elements around it, to compare what lies outside edits. */
function tokens(body: HTMLElement, inside: Range[]): string[] {
  const out: string[] = [];
  const within = (node: Node, from: number, to: number) =>
    inside.some((r) => !r.collapsed && r.comparePoint(node, from) >= 0 && r.comparePoint(node, to) <= 0);
  const walk = (node: Node, path: string) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        for (let i = 0; i < data.length; i++) if (!within(child, i, i + 1)) out.push(`${path}|${data[i]}`);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        const tag = `${path}/${el.tagName.toLowerCase()}${[...el.attributes].map((a) => `[${a.name}=${a.value}]`).sort().join('')}`;
        // A <br> alone in its element holds an empty line open (the editor adds one to a line an edit
        // emptied): not compared here; whether the line is there is compared in the text.
        if (el.tagName === 'BR' && !el.previousSibling && !el.nextSibling) continue;
        if (!el.firstChild && /^(BR|IMG|HR)$/.test(el.tagName)) {
          const index = [...node.childNodes].indexOf(child);
          if (!within(node, index, index + 1)) out.push(`${tag}|<${el.tagName}>`);
        } else walk(el, tag);
      }
    }
  };
  walk(body, '');
  return out;
}

const show = (s: string) => JSON.stringify(s.replace(/\u00a0/g, '⍽'));

/** Puts the draft in the body, applies the suggestion, and compares with the engine's text. */
export function applyCase(c: Case): Outcome {
  const body = bodyFor(c.client);
  const sig = signatureOf(c.client, body);
  body.replaceChildren();
  body.insertAdjacentHTML('afterbegin', c.html);
  body.append(...sig);
  const sentinelBefore = sentinelEdit();
  const options = readOptions(c.client, body);
  const map = readText(body, options);
  const problems: string[] = [];
  // The generator writes no white space that collapses: the text the extension reads is all in the DOM.
  if (map.text !== readText(body, readOptions(c.client, body, true)).text) problems.push(`draft has collapsible white space (generator bug) ${show(c.html)}`);
  const made = makeSuggestion(map.text, c.seed, c.multi);
  if (!made) return { ok: true, problems: [], nbspNeighbour: false, edits: [], text: map.text };
  const finding = { start: made.start, end: made.end, suggestions: [made.suggestion] };
  const expected = applySuggestion(map.text, finding);
  const edits = made.suggestion.edits ?? [{ start: made.start, end: made.end, text: made.suggestion.text }];
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // The expected DOM text: the original characters (no-break spaces as they were) with the edits made.
  const rawBefore = raw(map);
  const expectedRaw = applySuggestion(rawBefore, finding);
  const outsideBefore = tokens(body, sorted.map((e) => rangeFor(map, e.start, e.end)));
  const before = body.innerHTML;
  current = { body, before, sentinel: sentinelBefore };

  const live = rangeFor(map, made.start, made.end);
  const done = apply.applyToBody({ body, read: () => readText(body, options), checked: map.text, finding, live }, made.suggestion);
  if (!done) problems.push('apply refused');

  const after = readText(body, readOptions(c.client, body, true));
  const afterRaw = raw(after);
  if (after.text !== expected.replace(/\u00a0/g, ' ')) problems.push(`text ${show(after.text)} ≠ expected ${show(expected)}`);
  if (afterRaw !== expectedRaw) problems.push(`DOM text ${show(afterRaw)} ≠ ${show(expectedRaw)}`);
  // Where each edit's text is now: the engine's offsets moved by the edits before it (at one start, an
  // insertion's text comes before the replacement's, as in the engine).
  const newRanges: Range[] = [];
  let shift = 0;
  for (const e of sorted) {
    const s = e.start + shift;
    newRanges.push(rangeFor(after, s, s + e.text.length));
    shift += e.text.length - (e.end - e.start);
  }
  const outsideAfter = tokens(body, newRanges);
  // The caret right after the last edit in the draft (or where it shows the same: across white space only).
  const sel = getSelection()!;
  const caretWanted = shift + sorted[sorted.length - 1]!.end;
  const caret = sel.rangeCount && sel.isCollapsed ? offsetAt(after, sel.focusNode!, sel.focusOffset) : -1;
  const between = after.text.slice(Math.min(caret, caretWanted), Math.max(caret, caretWanted));
  if (done && (caret < 0 || between.trim() !== '')) problems.push(`caret at ${caret}, not ${caretWanted} (after the last edit)`);
  let nbspNeighbour = false;
  if (outsideAfter.length !== outsideBefore.length) {
    problems.push(`${outsideBefore.length} characters and breaks outside the edits became ${outsideAfter.length}`);
  }
  let reported = false;
  for (let i = 0; i < Math.min(outsideAfter.length, outsideBefore.length); i++) {
    const was = outsideBefore[i]!;
    const now = outsideAfter[i]!;
    if (was === now) continue;
    if (was.endsWith('| ') && now.endsWith('|\u00a0') && was.slice(0, -1) === now.slice(0, -1)) nbspNeighbour = true;
    if (!reported) problems.push(`outside the edits, #${i} ${show(was)} became ${show(now)}`, `before ${show(before)}`, `after ${show(body.innerHTML)}`);
    reported = true;
  }
  if (!body.contains(document.activeElement) && document.activeElement !== body) problems.push('the body lost focus');
  return { ok: problems.length === 0, problems, nbspNeighbour, edits, text: map.text };
}

/** After the person's Undo: the whole draft as it was, and nothing undone beyond the suggestion. */
export function afterUndo(): string[] {
  if (!current) return ['no case applied'];
  const problems: string[] = [];
  if (current.body.innerHTML !== current.before) problems.push(`Undo left ${show(current.body.innerHTML)}, was ${show(current.before)}`);
  if ((sentinel?.textContent ?? '') !== current.sentinel) problems.push('Undo went past the suggestion (undid an earlier edit)');
  return problems;
}

(window as unknown as { applyFuzz: unknown }).applyFuzz = { applyCase, afterUndo };
