import type { EnFacts, EnToken } from '../../../engine/analysis/en';
import { DISMISSIVE, type DismissiveEntry } from './register';

/**
 * An imperative that brushes a client off or leaves them to do our work (round 12, class E3): "just grab it",
 * "figure it out with your IT team", "dig it out", "go ahead and pull it yourself". Read from the parse: a
 * base-form verb that opens the sentence or a clause (after a comma, a colon, a dash, "just", "then" or "go
 * ahead and") with no subject before it, matched against `dismissive` in dictionaries/en/register.json. "Please
 * feel free to download it" and "we'll figure it out" are no orders to the reader.
 */
export interface Dismissive {
  entry: DismissiveEntry;
  /** Token range to replace with "please" + the polite verb: the lead ("just", "go ahead and") and the verb. */
  from: number;
  verb: number;
  /** Token index of the particle ("out") and of "yourself", when they are to go. */
  particle?: number;
  yourself?: number;
}

const LEADS = new Set(['just', 'simply', 'then', 'so', 'and']);
const CLAUSE_BREAK = /^[,;:—–(]$|^-+$/;
/** Imperatives whose "yourself" is hospitality or an invitation, not our work left to the reader. */
const KIND_YOURSELF = new Set(['help', 'enjoy', 'see', 'introduce', 'make', 'treat', 'be', 'pace', 'ask']);

/** Where an imperative may start: its verb's index and where the lead before it starts. */
function imperativeAt(tokens: EnToken[], k: number): number | undefined {
  let from = k;
  // "go ahead and pull", "just grab", "then dig".
  if (tokens[k - 1]?.lower === 'and' && tokens[k - 2]?.lower === 'ahead' && tokens[k - 3]?.lemma === 'go') from = k - 3;
  else while (from > 0 && LEADS.has(tokens[from - 1]!.lower) && tokens[from - 1]!.lower !== 'and') from--;
  if (from === 0 || CLAUSE_BREAK.test(tokens[from - 1]!.text)) return from;
  return undefined;
}

function isBaseVerb(tokens: EnToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.lemma !== t.lower) return false;
  if (t.pos === 'VERB') return true;
  // The lite model tags some sentence-initial verbs as nouns ("Figure it out"); a name is no verb ("Google Meet").
  // Round 42: a capitalised word after it makes it a name whatever its tag ("Google Meet: meet.google.com/…", "Meet" a verb).
  return k === 0 && (t.pos === 'NOUN' || t.pos === 'PROPN') && tokens[k + 1]?.pos !== 'PROPN' && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
}

/**
 * Whether a text can hold one of the entries at all (a verb of some entry, or "yourself"): the gate before the
 * parse, built from the same data, so a new entry's verbs are never missed by it. An imperative's verb is in
 * its base form, which is how the data writes it.
 */
const MAY_HOLD = new RegExp(
  `\\b(?:${[...new Set(DISMISSIVE.flatMap((e) => e.verbs))].join('|')}|yourself|yourselves)\\b`,
  'i',
);
export const mayHoldDismissive = (text: string): boolean => MAY_HOLD.test(text);

export function dismissiveImperatives(f: EnFacts): Dismissive[] {
  if (f.question) return [];
  const { tokens } = f;
  const out: Dismissive[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isBaseVerb(tokens, k)) continue;
    const from = imperativeAt(tokens, k);
    if (from === undefined) continue;
    // "We will dig it out": a subject before the verb (then no lead reaches a break) is no order.
    for (const entry of DISMISSIVE) {
      const hit = matchEntry(entry, tokens, k);
      if (hit) {
        out.push({ entry, from, verb: k, ...hit });
        break;
      }
    }
  }
  return out;
}

function matchEntry(entry: DismissiveEntry, tokens: EnToken[], k: number): { particle?: number; yourself?: number } | undefined {
  const t = tokens[k]!;
  const end = Math.min(tokens.length, k + 9);
  if (entry.yourself) {
    if (KIND_YOURSELF.has(t.lemma)) return undefined;
    for (let i = k + 1; i < end; i++) {
      // "Go ahead and pull it yourself": "yourself" belongs to the nearest verb.
      if (CLAUSE_BREAK.test(tokens[i]!.text) || tokens[i]!.pos === 'PUNCT' || tokens[i]!.pos === 'VERB') return undefined;
      // "see for yourself": a preposition before it is an invitation, not our work.
      if (tokens[i]!.lower === 'yourself' || tokens[i]!.lower === 'yourselves') return tokens[i - 1]?.pos === 'ADP' ? undefined : { yourself: i };
    }
    return undefined;
  }
  if (!entry.verbs.includes(t.lemma)) return undefined;
  if (entry.objects && !tokens.slice(k + 1, Math.min(tokens.length, k + 4)).some((x) => entry.objects!.includes(x.lower))) return undefined;
  // "grab one", "grab a coffee", "grab the chance": the word after the verb, or after its article.
  if (entry.notObjects && [tokens[k + 1], tokens[k + 2]].some((x) => x !== undefined && entry.notObjects!.includes(x.lower))) return undefined;
  if (entry.particle === undefined) return {};
  for (let i = k + 1; i < end; i++) {
    if (tokens[i]!.pos === 'PUNCT') return undefined;
    if (tokens[i]!.lower === entry.particle) return { particle: i };
  }
  return undefined;
}
