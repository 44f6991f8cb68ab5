// Round 44 (issue 14): Engine.parseDraft takes a keystroke's draft — the last parsed input with only its subject and
// body changed — without zod's parse. These tests check that the shortcut changes nothing: findings as a new Engine's,
// a changed context (also one changed in place) read afresh, and bad input still rejected with zod's error.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { DraftSchema, type DraftInput } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';
import { nodeTokenizer } from './example-drafts';

const tokenizer = nodeTokenizer();
const fresh = (d: DraftInput) => new Engine({ rules: RULES, tokenizer: tokenizer() }).analyze(d);

describe('the draft of a keystroke, taken without a parse', () => {
  it('gives the findings of a new Engine as subject and body change, and reads a changed context afresh', () => {
    const engine = new Engine({ rules: RULES, tokenizer: tokenizer() });
    const context = { recipient: 'client' as const, firstContact: false, now: '2026-04-27' };
    const input: DraftInput = { subject: 'ご相談', body: '了解しました。明日伺います。', kind: 'email', context };
    expect(engine.analyze(input)).toEqual(fresh(input));
    const steps: DraftInput[] = [
      { ...input, body: '了解しました。5月3日に伺います。' },
      { ...input, subject: 'Re: ご相談', body: 'Thx, we cannot do that.' },
      { ...input, context: { ...context, recipient: 'prospect' as const, firstContact: true } },
      { ...input, context: { ...context, now: '2026-05-01' }, body: '5月3日（日）に伺います。' },
      { body: '了解しました。', kind: 'email', context },
      { subject: undefined, body: '了解しました。', kind: 'email', context },
      { ...input, kind: 'meeting-invite', when: '2026-05-03 10:00' },
    ];
    for (const step of steps) expect(engine.analyze(step), JSON.stringify(step)).toEqual(fresh(step));
    // The same input object with its context changed in place: read afresh, not taken as the last one.
    const same = { subject: 'ご相談', body: '至急ご対応ください。', kind: 'email' as const, context: { ...context } };
    engine.analyze(same);
    same.context.recipient = 'prospect' as 'client';
    same.body = '至急ご対応ください！';
    expect(engine.analyze(same)).toEqual(fresh(same));
  });

  it('still rejects bad input with zod’s error after a draft that parsed', () => {
    const engine = new Engine({ rules: RULES, tokenizer: tokenizer() });
    const input = { subject: 'a', body: 'Hello.', kind: 'email' as const, context: { now: '2026-04-27' } };
    engine.analyze(input);
    for (const bad of [
      { ...input, body: 42 },
      { ...input, subject: 7 },
      { ...input, kind: 'letter' },
      { ...input, context: { now: 20260427 } },
      { ...input, context: { now: new Date(2026, 3, 27) } },
    ]) {
      const zod = (() => { try { DraftSchema.parse(bad); return undefined; } catch (e) { return String(e); } })();
      expect(zod, JSON.stringify(bad)).toBeDefined();
      expect(() => engine.analyze(bad as unknown as DraftInput), JSON.stringify(bad)).toThrow();
    }
  });
});
