// Round 47: the caches by text drop what edits replaced a while ago (FieldParser.retire / evictRetired, FactStore.forget),
// so that typing does not grow the heap by every keystroke — and nothing found changes for it.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { FieldParser } from '../../../src/engine/parse';
import { RULES } from '../../../src/rules';
import type { DraftInput } from '../../../src/engine/types';

const rest = ['Thank you for your order of 40 units.', 'We cannot ship before Friday, sorry.', 'Best regards,', 'Alex'];
const field = (first: string) => [first, ...rest].join('\n');
const variant = (i: number) => `Dear Ms. Sato, here is update number ${i}.`;

/** A parse followed by the eviction the engine runs after each analysis. */
const parse = (p: FieldParser, text: string, key: string) => {
  const parsed = p.parse(text, key);
  p.evictRetired();
  return parsed;
};

describe('replaced line texts (round 47)', () => {
  it('keeps the last few replaced lines cached and splits an older one again', () => {
    const p = new FieldParser(null);
    parse(p, field(variant(0)), 'body');
    for (let i = 1; i <= 100; i++) parse(p, field(variant(i)), 'body');
    // Replaced 50 edits ago: still cached, nothing split again.
    const before = p.work.linesSplit;
    parse(p, field(variant(50)), 'body');
    expect(p.work.linesSplit).toBe(before);
    // Replaced more than a few hundred edits ago: dropped, split again when it comes back.
    for (let i = 101; i <= 600; i++) parse(p, field(variant(i)), 'body');
    const later = p.work.linesSplit;
    parse(p, field(variant(1)), 'body');
    expect(p.work.linesSplit).toBe(later + 1);
    // The lines that never changed were never dropped.
    expect(parse(p, field(variant(2)), 'body').sentences.map((s) => s.text)).toContain('We cannot ship before Friday, sorry.');
  });

  it('never drops a line another field still holds', () => {
    const p = new FieldParser(null);
    parse(p, variant(0), 'subject');
    parse(p, field(variant(0)), 'body');
    for (let i = 1; i <= 600; i++) parse(p, field(variant(i)), 'body');
    // The body's first line of edit 0 was retired long ago, but the subject's text is that line: still cached (and the
    // body's other lines are the body's now).
    const before = p.work.linesSplit;
    parse(p, field(variant(0)), 'other');
    expect(p.work.linesSplit).toBe(before);
  });

  it('gives the findings of a new Engine after hundreds of edits, and on the text it started from', () => {
    const draftOf = (body: string): DraftInput => ({ subject: 'Delivery', body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2025-12-01' } });
    const start = ['お世話になっております。', '恐れ入りますが、今回のご依頼はできません。', 'We cannot ship on Saturday 3 January.', '以上、よろしくお願いいたします。'].join('\n');
    const engine = new Engine({ rules: RULES, tokenizer: null });
    engine.analyze(draftOf(start));
    let text = start;
    for (let i = 1; i <= 420; i++) {
      const at = (i * 7919) % (text.length + 1);
      text = text.slice(0, at) + 'aいn。 '[i % 5] + text.slice(at);
      const found = engine.analyze(draftOf(text));
      if (i % 70 === 0) expect(found).toEqual(new Engine({ rules: RULES, tokenizer: null }).analyze(draftOf(text)));
    }
    expect(engine.analyze(draftOf(start))).toEqual(new Engine({ rules: RULES, tokenizer: null }).analyze(draftOf(start)));
  });
});
