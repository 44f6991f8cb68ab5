// Document rules run on every keystroke. Those that test each sentence's words (the calendar's meeting
// slots, en pushy-follow-up, blunt-notice, bare-no) read those tests as facts cached by sentence text on the
// engine, so after a one-character edit the words of the edited sentence alone are tested again, however
// long the draft. Counted here on the matchers themselves (a warm engine, one edit, calls counted).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeDraft } from '../../../bench/texts';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { RULES } from '../../../src/rules';
import { plainText, twinOf } from '../../../src/engine/match-all';
import { mayMatch, SearchedText } from '../../../src/engine/regex-prefixes';
import { WORDS, wordsIn } from '../../../src/rules/any/calendar/lexicon';
import { OUTREACH } from '../../../src/rules/en/lib/outreach';
import { REFUSAL } from '../../../src/rules/en/lib/refusal';

const cues = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/engine/analysis/en-acts', async (original) => {
  const actual = await original<typeof import('../../../src/engine/analysis/en-acts')>();
  return { ...actual, mayHaveCue: (...args: Parameters<typeof actual.mayHaveCue>) => (cues.calls++, actual.mayHaveCue(...args)) };
});

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
/** Slots the calendar reads, follow-ups, a bare no and a notice, between the bench's sentences. */
const EXTRA = [
  'Would Tuesday, December 9 at 10:00 work for a call?',
  'Just checking in on my proposal from last week.',
  'Could we meet at your office on December 11 at 15:00?',
  'Unfortunately not.',
  'Our prices will increase by 8% from April 1.',
  'I have attached the revised drawings for your review.',
].join('\n');

describe('document rules after a one-character edit', () => {
  it('test the words of the edited sentence only, not of every sentence of the draft', () => {
    const body = `${makeDraft('en', 10, 3)}\n${EXTRA}\n${makeDraft('en', 2, 5)}`;
    const engine = new Engine({ rules: RULES, tokenizer });
    engine.analyze({ body, context });
    // A phrase list or word group searches a plain text with its non-Unicode twin (src/engine/match-all.ts):
    // each is counted on both regexes, the original and the twin.
    const agreed = [...new Set([WORDS.agreed, wordsIn('agreed', 'plain')])];
    const spies = [
      vi.spyOn(OUTREACH.followUps, 'test'),
      vi.spyOn(OUTREACH.chaseQuestions, 'test'),
      ...agreed.map((re) => vi.spyOn(re, 'test')),
      ...REFUSAL.bareNo.flatMap((p) => [p.regex, ...(twinOf(p.regex) ? [twinOf(p.regex)!] : [])]).map((re) => vi.spyOn(re, 'exec')),
    ];
    cues.calls = 0;
    // One character deleted in a sentence without a date, between the slot lines.
    const edited = body.replace('revised drawings', 'revised drawing');
    const warm = engine.analyze({ body: edited, context });
    const calls = (k: number) => spies[k]!.mock.calls.map((c) => String(c[0]));
    const edit = 'I have attached the revised drawing for your review.';
    expect(calls(0)).toEqual([edit]); // followUps, once, on the edited sentence
    expect(calls(1)).toEqual([edit]); // chaseQuestions
    // The calendar reads the edited line at most once, when it lies near a slot (before: 25 calls a keystroke).
    const calendar = agreed.flatMap((_, k) => calls(2 + k));
    expect(calendar.every((t) => t === edit)).toBe(true);
    expect(calendar.length).toBeLessThanOrEqual(1);
    // Round 28: a bare-no pattern whose every match starts with text the sentence lacks is not run (regex-prefixes.ts).
    const mayRun = REFUSAL.bareNo.filter((p) => mayMatch(p.regex, new SearchedText(edit), !plainText(edit)));
    expect(mayRun.length).toBeLessThan(REFUSAL.bareNo.length);
    expect(spies.slice(2 + agreed.length).flatMap((s) => s.mock.calls.map((c) => String(c[0])))).toEqual(mayRun.map(() => edit));
    // The cue gate: the sentence rules and the document rules on the edited sentence, a fixed few calls
    // (before: 299 on this draft of 160 sentences).
    expect(cues.calls).toBeGreaterThan(0);
    expect(cues.calls).toBeLessThanOrEqual(10);
    expect(warm).toEqual(new Engine({ rules: RULES, tokenizer }).analyze({ body: edited, context }));
    for (const s of spies) s.mockRestore();
  }, 120_000);
});
