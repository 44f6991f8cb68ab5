// The calendar's document walk keeps each sentence's slot readings by position from the field's last check
// (FactStore.ofSentences), as the engine keeps sentence rules' reports: a warm engine after random edits around
// dates, weeks and meeting words must report exactly what a fresh engine reports, and the store's by-position
// facts must equal the facts of each sentence asked for afresh.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDraft } from '../../../bench/texts';
import { FactStore, textFact } from '../../../src/engine/analysis/facts';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import type { Sentence } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';
import { applyEdit, editArbitrary } from './random-edits';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2026-04-20' };

/** Sentences that name a week, a weekday, a date, a time, or a meeting: the walk's inputs. */
const PIECES = [
  '来週お伺いしたく存じます。', '火曜日か水曜日の午後はいかがでしょうか。', '5月4日（月）14時にお打ち合わせをお願いできますでしょうか。',
  '週明けに伺いたく存じます。', '4月29日は弊社休業日です。', 'We would like to visit you next week.', 'Would Wednesday or Thursday suit you?',
  'Could we meet on May 5 at 10:00?', '1. 5月7日（木）10時', '2. 5月8日（金）15時', '次回のお打ち合わせは以下の日程でいかがでしょうか。',
  'The March 14 audit went well.', '納期は5月末となります。', 'x', 'の', '。',
];

const edit = editArbitrary(['insert', 'delete-run', 'newline', 'paste'], 1600, PIECES);

/** A draft with meeting proposals spread through a bench draft (their places vary with the seed). */
function draftWithDates(mix: 'ja' | 'en' | 'mixed'): string {
  const lines = makeDraft(mix, 1.5, 17).split('\n');
  const out: string[] = [];
  let k = 0;
  lines.forEach((l, i) => {
    out.push(l);
    if (i % 2 === 1) out.push(PIECES[k++ % 13]!);
  });
  return out.join('\n');
}

describe('the calendar walk by position: a warm engine after edits = a fresh engine', () => {
  it.each(['ja', 'mixed', 'en'] as const)('%s draft with dates, random edits', (mix) => {
    const start = draftWithDates(mix);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), fc.constantFrom('email', 'meeting-invite'), (edits, kind) => {
        const warm = new Engine({ rules: RULES, tokenizer });
        let text = start;
        warm.analyze({ body: text, kind, context });
        for (const e of edits) {
          text = applyEdit(text, e);
          const draft = { body: text, kind, context };
          expect(warm.analyze(draft)).toEqual(new Engine({ rules: RULES, tokenizer }).analyze(draft));
        }
      }),
      { numRuns: 12, seed: 14 },
    );
  }, 300_000);

  it('finds the calendar findings the draft holds (the property is not vacuous)', () => {
    for (const mix of ['ja', 'mixed', 'en'] as const) {
      const found = new Engine({ rules: RULES, tokenizer }).analyze({ body: draftWithDates(mix), context });
      expect(found.filter((f) => f.ruleId.startsWith('any.calendar.')).length, mix).toBeGreaterThan(0);
    }
  });
});

describe('FactStore.ofSentences', () => {
  const digits = textFact('test-digits', (t) => (t.match(/[0-9]/g) ?? []).length);
  const sentence = (text: string, i: number): Sentence => ({ text, start: i * 10, end: i * 10 + text.length, lang: 'en', line: i });

  it('equals each sentence\'s facts asked afresh, and keeps exactly the accepted positions, over any sequence of fields', () => {
    const word = fc.constantFrom('a', 'b1', 'c22', 'd', 'e3', 'f');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 12 }), { minLength: 1, maxLength: 12 }), fc.boolean(), (fields, sameStrings) => {
        const store = new FactStore();
        // Strings kept from one field to the next (as the parser hands out) or new equal strings.
        const pool = new Map<string, string>();
        for (const texts of fields) {
          const sentences = texts.map((t, i) => sentence(sameStrings ? (pool.get(t) ?? (pool.set(t, t), t)) : [...t].join(''), i));
          const { values, kept } = store.ofSentences(digits, 'body', sentences, (n) => n > 0);
          const fresh = new FactStore();
          expect([...values]).toEqual(sentences.map((s) => fresh.of(digits, s)));
          expect([...kept]).toEqual(sentences.flatMap((s, i) => (fresh.of(digits, s) > 0 ? [i] : [])));
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('asks for the facts of the edited stretch only, and keeps each key apart', () => {
    const asked: string[] = [];
    const spy = textFact('test-spy', (t) => (asked.push(t), /\d/.test(t)));
    const store = new FactStore(1); // a cache of one text: a sentence asked for again would be read again
    const texts = ['a1', 'b', 'c', 'd2', 'e'];
    store.ofSentences(spy, 'body', texts.map(sentence), Boolean);
    asked.length = 0;
    const edited = [...texts];
    edited[2] = 'c3';
    expect(store.ofSentences(spy, 'body', edited.map(sentence), Boolean).kept).toEqual([0, 2, 3]);
    expect(asked).toEqual(['c3']);
    asked.length = 0;
    expect(store.ofSentences(spy, 'subject', edited.map(sentence), Boolean).kept).toEqual([0, 2, 3]);
    expect(asked).toEqual(edited);
    asked.length = 0;
    store.clear();
    store.ofSentences(spy, 'body', edited.map(sentence), Boolean);
    expect(asked).toEqual(edited);
  });
});
