// A keystroke must cost work in proportion to the edit, not to the draft: after a warm check of a long draft,
// a one-character edit in one sentence analyses a few sentences (the edited one, its neighbours, a document
// rule's reading of a few), never every sentence below or above it. Round 13's regression (a document hook
// reading every sentence's tokens before its cheap text test, 13b's closure walk; fixed in df29185) made
// every keystroke copy the tokens of every sentence below the edit and was found only by profiling. This
// counts the engine instance's own work (Engine.work: lines split, tokenizer and English-word calls, tokens
// read at a moved sentence's new place, sentence facts computed) — no timing.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDraft } from '../../../bench/texts';
import { Engine, type EngineWork } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { RULES } from '../../../src/rules';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };

/** Sentences analysed: split, tokenized or worded afresh, or their tokens copied to a new place. */
const sentencesOf = (w: EngineWork) => w.linesSplit + w.tokenized + w.worded + w.placedRead;

/**
 * A bound that does not grow with the draft: the edited line's sentences, the sentence after it (rules that read
 * the previous one), the layout's first and last lines, and a document rule reading one or two more.
 */
const SENTENCES_PER_EDIT = 16;
/** Facts computed per edit: the edited sentence's facts from every annotator, and those of its line. */
const FACTS_PER_EDIT = 60;

/** Seeded positions: one character typed inside a sentence (not a line break), near the head, middle and end. */
function* edits(text: string, seed: number, count: number): Generator<string> {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) {
    let at = Math.floor(next() * text.length);
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const ch = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text[at] ?? '') ? 'の' : 'e';
    text = text.slice(0, at) + ch + text.slice(at);
    yield text;
  }
}

describe('a one-character edit analyses O(1) sentences, not O(n)', () => {
  it.each(['ja', 'en', 'mixed'] as const)('%s, 50 KB draft', (mix) => {
    const engine = new Engine({ rules: RULES, tokenizer });
    const start = makeDraft(mix, 50, 3);
    engine.analyze({ body: start, context });
    const sentences = engine.work.tokenized + engine.work.worded; // the draft's distinct sentences
    expect(sentences).toBeGreaterThan(150);
    let worst = 0;
    let worstFacts = 0;
    for (const text of edits(start, 11, 25)) {
      const before = engine.work;
      engine.analyze({ body: text, context });
      const after = engine.work;
      worst = Math.max(worst, sentencesOf(after) - sentencesOf(before));
      worstFacts = Math.max(worstFacts, after.facts - before.facts);
    }
    expect(worst).toBeGreaterThan(0); // the counters count: an edit analyses the edited sentence
    expect(worst).toBeLessThanOrEqual(SENTENCES_PER_EDIT);
    expect(worstFacts).toBeLessThanOrEqual(FACTS_PER_EDIT);
  }, 240_000);

  it('counts are the engine instance\'s: a new engine starts from zero, and a warm one re-checking the same text does nothing', () => {
    const a = new Engine({ rules: RULES, tokenizer });
    const body = makeDraft('mixed', 2, 5);
    a.analyze({ body, context });
    expect(sentencesOf(a.work)).toBeGreaterThan(0);
    const b = new Engine({ rules: RULES, tokenizer });
    expect(b.work).toEqual({ linesSplit: 0, tokenized: 0, worded: 0, placedRead: 0, facts: 0 });
    const warm = a.work;
    a.analyze({ body, context });
    expect(a.work).toEqual(warm);
  });
});
