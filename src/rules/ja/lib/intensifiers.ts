// Round 27: colloquial intensifiers (超助かりました, マジで, ガチで, めちゃめちゃ) read by kuromoji from
// dictionaries/ja/intensifiers.json: the word's own token, in its part of speech, before a verb, an adjective or an
// adjectival noun. 超過 is one noun and 超音波 a prefix to a plain noun, so neither is read; quoted words are the
// client's. The dictionary's own examples run through this function (tests/unit/dictionaries).
import { z } from 'zod';
import data from '../../../../dictionaries/ja/intensifiers.json';
import { bundled, onDemand } from '../../bundled';
import type { Token } from '../../../engine/types';
import { inQuotes, quotedRanges } from './text';

export const IntensifiersSchema = onDemand(() => z.object({
  entries: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    surface: z.string().min(1),
    reading: z.string(),
    pos: z.string().min(1),
    pos1: z.string().min(1).optional(),
    next: z.array(z.string().min(1)).min(1),
    /** Round 29: nouns of feeling the word grades as well (超楽しみ, 超感動): kuromoji tags them 名詞,一般 like 超小型's 小型. */
    nextWords: z.array(z.string().min(1)).optional(),
    joins: z.array(z.string().min(1)).optional(),
    plain: z.string().min(1),
    message: z.object({ en: z.string().min(1), ja: z.string().min(1) }),
  })).min(1),
}));
export type IntensifierEntry = z.output<ReturnType<typeof IntensifiersSchema>>['entries'][number];

const INTENSIFIERS = bundled('ja/intensifiers', IntensifiersSchema, data).entries;

export interface IntensifierHit {
  entry: IntensifierEntry;
  /** Absolute offsets of the word (with a joined token: マジで). */
  start: number;
  end: number;
}

/** A word that ends in kana: an inflected verb or adjective (いい, 助かり, うれしい), not a bare kanji stem (硬). */
const KANA_END = /[\u3040-\u30ff]$/;

/** The intensifiers of one sentence (its text, its start, its kuromoji tokens), outside quotes. */
export function intensifiersIn(s: { text: string; start: number; tokens?: readonly Token[] }): IntensifierHit[] {
  const tokens = s.tokens;
  if (!tokens) return [];
  const quotes = quotedRanges(s.text);
  const out: IntensifierHit[] = [];
  tokens.forEach((t, k) => {
    const entry = INTENSIFIERS.find((e) => e.surface === t.surface && e.pos === t.pos && (!e.pos1 || e.pos1 === t.pos1));
    if (!entry) return;
    let last = k;
    if (entry.joins?.includes(tokens[k + 1]?.surface ?? '')) last = k + 1;
    const next = tokens[last + 1];
    if (!next || !(entry.next.some((p) => p === next.pos || p === next.pos1) || entry.nextWords?.includes(next.surface))) return;
    // Round 29: 超硬工具 / 超硬合金 — kuromoji reads 硬 as an adjective, but a verb or an adjective with no kana ending is
    // a stem inside a technical compound (超硬 = cemented carbide), not a word graded: 超いい, 超助かります inflect.
    if ((next.pos === '形容詞' || next.pos === '動詞') && !KANA_END.test(next.surface)) return;
    const [start, end] = [t.start, tokens[last]!.end];
    if (inQuotes(quotes, start - s.start, end - s.start)) return;
    out.push({ entry, start, end });
  });
  return out;
}
