import { z } from 'zod';
import data from '../../../../dictionaries/en/register.json';
import type { Sentence, Severity, Suggestion, SuggestionEdit } from '../../../engine/types';
import { compilePhrases, findAll, PhraseSchema, type Phrase } from './phrases';
import { atStart, matchCase, upperFirst } from './text';
import { bundled, onDemand } from '../../bundled';
import { lazyTable } from '../../../engine/lazy-table';

const Replacement = onDemand(() => z.object({ text: z.string(), label: z.string().min(1), labelJa: z.string().min(1) }));
const SlangSchema = onDemand(() => PhraseSchema.extend({
  replacements: z.array(Replacement()).min(1),
  message: z.object({ en: z.string().min(1), ja: z.string().min(1) }),
  remove: z.boolean().optional(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  /** The meeting ask of a pitch ("grab 20 minutes", "jump on a call"): in a first mail it is the cold pitch's move. */
  pitchAsk: z.boolean().optional(),
  /**
   * Round 27: a word of feeling whose slang sense is a state of the writer ("we were gutted", "stoked to hear"): read only
   * opening the sentence or right after one of these words (a copula, feel/get, an intensifier). Elsewhere it is the
   * literal participle: before a noun ("whole gutted fish", "the stoked boiler").
   */
  onlyAfter: z.array(z.string().regex(/^[a-z']+$/)).min(1).optional(),
  /** Words right after the match that make it the literal participle ("gutted by fire"). */
  notBefore: z.array(z.string().regex(/^[a-z']+$/)).min(1).optional(),
}));
/** An imperative that brushes the client off or leaves them our work: read by src/rules/en/lib/dismissive.ts. */
const DismissiveSchema = onDemand(() => z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Base forms of the verb; empty for an entry that any verb matches ("… yourself"). */
  verbs: z.array(z.string().min(1)),
  /** A particle the verb needs after its object or right after it ("figure it out", "dig out the file"). */
  particle: z.string().optional(),
  /** Keep the particle after the replacement ("let us help you work it out"); by default it goes ("find it"). */
  keepParticle: z.boolean().optional(),
  /** Words one of which the verb must act on within three words ("grab it", "grab the drivers"). */
  objects: z.array(z.string().min(1)).optional(),
  /** Words that, right after the verb (past an article), make it no order to fetch: "grab one", "grab a coffee". */
  notObjects: z.array(z.string().min(1)).optional(),
  /** Any imperative whose object is followed by "yourself". */
  yourself: z.boolean().optional(),
  /** The verb that replaces it after "please" ("please download it"); empty keeps the writer's verb. */
  replacement: z.string(),
  has: z.array(z.string().min(1)).min(1),
  hasNot: z.array(z.string().min(1)).min(1),
}));
export type DismissiveEntry = z.infer<ReturnType<typeof DismissiveSchema>>;

export const RegisterDictionarySchema = onDemand(() => z.object({
  about: z.string(),
  slang: z.array(SlangSchema()).min(1),
  dismissive: z.array(DismissiveSchema()).min(1),
  /** Latin shorthand inside a Japanese sentence ("届いたらASAPで"), replaced by Japanese. */
  inJapanese: z.array(SlangSchema()).min(1),
  emoticons: z.array(PhraseSchema).min(1),
}));

type SlangEntry = z.infer<ReturnType<typeof SlangSchema>>;
const dict = bundled('en/register', RegisterDictionarySchema, data);
/** The shorthand lists, each compiled when a sentence first asks for it. */
const SHORTHAND = lazyTable({
  english: () => ({ phrases: compilePhrases(dict.slang), entries: new Map(dict.slang.map((e) => [e.id, e])) }),
  inJapanese: () => ({ phrases: compilePhrases(dict.inJapanese), entries: new Map(dict.inJapanese.map((e) => [e.id, e])) }),
});
export const EMOTICONS = compilePhrases(dict.emoticons);
export const DISMISSIVE: readonly DismissiveEntry[] = dict.dismissive;

export interface CasualWord {
  /** The dictionary entry's id ("congrats"), when the word came from the list. */
  id?: string;
  start: number;
  end: number;
  message: { en: string; ja: string };
  severity?: Severity;
  /** The entry is a meeting ask of a pitch (see the schema). */
  pitchAsk?: boolean;
  suggestions: Suggestion[];
}

/** Casual words of one English sentence with their in-place replacements. */
export function casualWords(s: Sentence): CasualWord[] {
  return findShorthand(SHORTHAND.english, s);
}

/**
 * English chat shorthand inside a Japanese sentence ("届いたらASAPで", "thx & よろしく"), with Japanese
 * replacements: nothing else in such a sentence is English, so only these Latin tokens are looked for.
 */
export function shorthandInJapanese(s: Sentence): CasualWord[] {
  return findShorthand(SHORTHAND.inJapanese, s);
}

/**
 * Round 48 (dev set y8yd-019): a capitalised word that opens a list item's Title Case name ("2. Stoked Beanie — 450 pcs"): a
 * product, not chat.
 */
function namedItem(text: string, start: number, end: number): boolean {
  const pair = /^ [A-Z][a-z]+\b(.?)/.exec(text.slice(end, end + 24));
  // Not a salutation ("Dearest Ayumi,"): the name goes on into the sentence or the item.
  return /^[A-Z][a-z]+$/.test(text.slice(start, end)) && pair !== null && !/^[,!:]?$/.test(pair[1]!) && LIST_ITEM_LEAD.test(text.slice(0, start));
}
const LIST_ITEM_LEAD = /^\s*(?:(?:[-•*・]|\d{1,2}[.)])\s*)?$/;

/** Overlapping matches keep the first, longest. */
function findShorthand(list: { phrases: Phrase[]; entries: Map<string, SlangEntry> }, s: Sentence): CasualWord[] {
  const out: CasualWord[] = [];
  let covered = 0;
  for (const m of findAll(list.phrases, s.text)) {
    if (m.index < covered) continue;
    const entry = list.entries.get(m.phrase.id)!;
    if (!asState(entry, s.text, m.index, m.index + m.text.length)) continue;
    if (list === SHORTHAND.english && asCode(s.text, m.index, m.index + m.text.length)) continue;
    if (list === SHORTHAND.english && namedItem(s.text, m.index, m.index + m.text.length)) continue;
    // An entry may match the comma that introduces it (", mate", removed with it by an empty replacement): the span
    // starts at the word, and the removal of the whole match is an edit beyond it.
    const lead = /^[,;:]\s*/.exec(m.text)?.[0].length ?? 0;
    const whole = { start: s.start + m.index, end: s.start + m.index + m.text.length, text: '' };
    const cut = entry.remove
      ? removalSpan(s.text, m.index + lead, m.text.slice(lead), s.start)
      : lead > 0 && entry.replacements.every((r) => r.text === '') ? { ...whole, start: whole.start + lead, edits: [whole] } : undefined;
    covered = m.index + m.text.length;
    out.push({
      id: m.phrase.id,
      start: s.start + m.index + (cut ? lead : 0),
      end: s.start + m.index + m.text.length,
      message: entry.message,
      ...(entry.severity ? { severity: entry.severity } : {}),
      ...(entry.pitchAsk ? { pitchAsk: true } : {}),
      suggestions: entry.replacements.map((r) => ({
        text: cut ? cut.text : matchCase(fill(r.text, m.phrase, m.text), m.text, atStart(s.text, m.index)),
        ...(cut?.edits ? { edits: cut.edits } : {}),
        label: r.label,
        labelJa: r.labelJa,
      })),
    });
  }
  return out;
}

/** For an entry read only as a state (onlyAfter): the word before is a lead of the entry (or none), the word after no literal use's. */
function asState(entry: SlangEntry, text: string, start: number, end: number): boolean {
  if (!entry.onlyAfter) return true;
  const opens = !/[a-z0-9]/i.test(text.slice(0, start));
  // "I'm gutted": a contraction is read by its clitic ('m, 're, 's).
  const word = wordBefore(text.replace(/’/g, "'"), start).toLowerCase();
  const lead = entry.onlyAfter.includes(word) || (word.includes("'") && entry.onlyAfter.includes(word.slice(word.indexOf("'"))));
  if (!opens && !(lead && !/[,;:]\s*$/.test(text.slice(0, start)))) return false;
  const after = /^\W*([a-z']+)/i.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
  return !(after && entry.notBefore?.includes(after));
}

/**
 * Round 36: the letters of a shorthand as part of a name or a code, not chat — joined by a hyphen to a model number or
 * another word ("the PLS-200 sensor", "the Gotcha-200", "pre-ASAP"), or written in capitals before a number ("IMO 2020",
 * the maritime rule; "PLS 200"). Read from the characters around the match, whatever the entry.
 */
function asCode(text: string, start: number, end: number): boolean {
  if (text[end] === '-' && /[A-Za-z0-9]/.test(text[end + 1] ?? '')) return true;
  if (text[start - 1] === '-' && /[A-Za-z0-9]/.test(text[start - 2] ?? '')) return true;
  const written = text.slice(start, end);
  return /[A-Z]{2}/.test(written) && !/[a-z]/.test(written) && /^\s+\d/.test(text.slice(end, end + 3));
}

/** The word (letters and apostrophes) that ends before `at`, past any spaces or marks: a scan back, no pattern. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && !/[a-z']/i.test(text[end - 1]!)) end--;
  let from = end;
  while (from > 0 && /[a-z']/i.test(text[from - 1]!)) from--;
  return text.slice(from, end);
}

/**
 * A replacement that names a group of its pattern ("$<word>g" for a dropped g: doin' → doing) takes it from
 * the matched text; any other replacement is the text as written.
 */
function fill(replacement: string, phrase: Phrase, matched: string): string {
  if (!replacement.includes('$<')) return replacement;
  const groups = new RegExp(phrase.pattern, phrase.caseSensitive ? 'u' : 'iu').exec(matched)?.groups ?? {};
  return replacement.replace(/\$<(\w+)>/g, (_, name: string) => groups[name] ?? '');
}

/**
 * The range to delete for a word that is removed rather than replaced, so that spacing and capitals stay
 * right: "great lol." → "great."; "Haha, that works." → "That works." (the next letter is re-capitalised).
 */
export function removal(text: string, index: number, word: string): { start: number; end: number; capital: string } {
  const end = index + word.length;
  if (atStart(text, index)) {
    const rest = /^[\s,;:!.—–-]*/.exec(text.slice(end))![0];
    const next = text.charAt(end + rest.length);
    if (next) return { start: index, end: end + rest.length + 1, capital: upperFirst(next) };
    return { start: index, end, capital: '' };
  }
  let start = index;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  // "Thanks, dude." → "Thanks.": the comma that introduced the word goes with it when punctuation follows.
  if (text[start - 1] === ',' && /^[\s]*(?:[.!?,;:]|$)/.test(text.slice(end))) start--;
  return { start, end, capital: '' };
}

/**
 * Taking `written` (at `index` of the sentence `text`, which starts at `offset` of the field) out, as a finding's span and
 * the suggestion's edit: the span is what was written (the spec: "the flagged phrase itself"); when the removal also
 * takes the space or comma before it, or capitalises the next word at a sentence's start, it reaches beyond the span
 * and goes in `edits` (applied as one step), `text` staying the span's preview. Round 36's review: the findings of
 * chat words removed (vocatives, tags, quips, intensifiers, shorthand) began on the comma or ended on the next
 * word's first letter.
 */
export function removalSpan(text: string, index: number, written: string, offset: number): { start: number; end: number; text: string; edits?: SuggestionEdit[] } {
  const cut = removal(text, index, written);
  const start = offset + index;
  const end = start + written.length;
  if (cut.start === index && cut.end === index + written.length) return { start, end, text: cut.capital };
  return { start, end, text: '', edits: [{ start: offset + cut.start, end: offset + cut.end, text: cut.capital }] };
}
