// Round 34 (issue 14): a rule that reads the previous sentence may say what it reads of it (Rule.previousKey), and
// the engine then keeps its reports on the sentence after an edit when that key is unchanged. The key is a promise:
// equal keys, equal reports. This file checks the promise over every rule's examples, each hook given in turn every
// other sentence of a pool (on its own line and on another) whose key is the same, and checks the engine's use of
// it: the rule is not run again after such an edit, and the findings are a new Engine's.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { FieldParser } from '../../../src/engine/parse';
import type { Report, Rule, RuleContext } from '../../../src/engine/rule';
import type { DraftInput, Sentence } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';
import { exampleDrafts, nodeTokenizer } from './example-drafts';

const tokenizer = nodeTokenizer();

const KEYED = RULES.filter((r) => r.previousKey);

/** Sentences that the keyed rules read in a previous sentence (list numbers, requests, a first mail's hook) and others. */
const POOL_TEXTS = [
  '1.', '２．', '10.', 'ご確認ください。', '添付のリストをご確認ください。', 'ご確認をお願いいたします。', 'ご返信いただけますでしょうか。',
  'ご対応のほどお願い申し上げます。', '見積書を添付いたします。', 'よろしくお願いいたします。', '資料、もう送った', 'お世話になっております。',
  '試作品は昨日発送した。', 'はやめに。', '■ 変更点の概要', '・納期は3営業日短縮する',
  'Saw on LinkedIn you moved to head of treasury.', 'Saw you just opened a rooftop bar in Osaka.', 'Thanks for your note.',
  'Please confirm by Friday.', 'Congrats!', 'We sent the revised offer yesterday.',
];

function poolOf(extra: readonly string[]): Sentence[] {
  const parser = new FieldParser(tokenizer());
  const out: Sentence[] = [];
  for (const text of [...POOL_TEXTS, ...extra]) {
    for (const s of parser.parse(text, `pool${out.length}`).sentences) out.push({ ...s, tokens: s.tokens ? [...s.tokens] : s.tokens });
  }
  return out;
}

describe('Rule.previousKey: equal keys, equal reports', () => {
  it('the rules that declare it read the previous sentence (readsPrevious)', () => {
    expect(KEYED.map((r) => r.id).sort()).toEqual([
      'en.register.casual', 'ja.register.casual-to-client', 'ja.register.desumasu-dearu-mix', 'ja.register.plain-sentence',
    ]);
    for (const r of KEYED) expect(r.readsPrevious).toBe(true);
  });

  it('over every example of every rule, each keyed hook reports the same after any pooled sentence of the same key', () => {
    const drafts = exampleDrafts(RULES);
    // A sample of the examples' own texts joins the pool (every 13th, both languages).
    const sample = drafts.map((d) => d.body).filter((t, i) => t && i % 13 === 0).slice(0, 20);
    const pool = poolOf(sample);
    const mismatches: string[] = [];
    let compared = 0;
    const watched = RULES.map((rule): Rule => {
      if (!rule.previousKey) return rule;
      const hook = rule.sentence!.bind(rule);
      const key = rule.previousKey.bind(rule);
      return {
        ...rule,
        sentence(s: Sentence, ctx: RuleContext, previous: Sentence | undefined) {
          const run = (p: Sentence | undefined) => {
            const out: Report[] = [];
            hook(s, { ...ctx, report: (r) => out.push(r), suppressed: () => {} }, p);
            return JSON.stringify(out);
          };
          const k = key(s, previous, ctx);
          const own = run(previous);
          const others: Array<Sentence | undefined> = [undefined];
          for (const p of pool) others.push({ ...p, line: s.line }, { ...p, line: s.line - 1 });
          for (const p of others) {
            if (p?.text === previous?.text || key(s, p, ctx) !== k) continue;
            compared++;
            if (run(p) !== own) mismatches.push(`${rule.id}: ${JSON.stringify(s.text)} after ${JSON.stringify(previous?.text)} vs ${JSON.stringify(p?.text)}`);
          }
          hook(s, ctx, previous);
        },
      };
    });
    // Only the keyed rules run (what they read is theirs alone: their hooks read facts, never other rules' reports).
    const engine = new Engine({ rules: watched.filter((r) => r.previousKey), tokenizer: tokenizer() });
    for (const draft of drafts) engine.analyze(draft);
    for (const draft of drafts.filter((d) => d.context?.firstContact)) engine.analyze({ ...draft, context: { ...draft.context, firstContact: false } });
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(500);
  }, 600_000);
});

describe('the engine keeps a keyed rule\'s reports when the previous sentence changes but its key does not', () => {
  const draftOf = (body: string, firstContact = false): DraftInput => ({ body, context: { recipient: 'client', firstContact, now: '2025-12-01' } });

  /** The rules with `id`'s hook counted per sentence text. */
  function counted(id: string) {
    const calls = new Map<string, number>();
    const rules = RULES.map((r): Rule => r.id !== id ? r : {
      ...r,
      sentence(s, ctx, previous) {
        calls.set(s.text, (calls.get(s.text) ?? 0) + 1);
        r.sentence!.call(r, s, ctx, previous);
      },
    });
    return { rules, calls };
  }

  const cases: Array<{ id: string; before: string; after: string; next: string; reruns: boolean; firstContact?: boolean }> = [
    // The sentence before changes and stays no list number: the plain sentence after it is not read again.
    { id: 'ja.register.plain-sentence', before: 'お世話になっております。試作品は昨日発送した。', after: 'いつもお世話になっております。試作品は昨日発送した。', next: '試作品は昨日発送した。', reruns: false },
    { id: 'ja.register.desumasu-dearu-mix', before: 'お世話になっております。現時点で在庫に問題はない。', after: '大変お世話になっております。現時点で在庫に問題はない。', next: '現時点で在庫に問題はない。', reruns: false },
    // A request before an afterthought stays a request: the afterthought's report is kept.
    { id: 'ja.register.casual-to-client', before: '添付のリストをご確認ください。はやめに。', after: '添付の資料をご確認ください。はやめに。', next: 'はやめに。', reruns: false },
    // The request becomes a statement: read again (and no longer reported).
    { id: 'ja.register.casual-to-client', before: '添付のリストをご確認ください。はやめに。', after: '添付のリストを送付しました。はやめに。', next: 'はやめに。', reruns: true },
    // The sentence before becomes a list number on the same line: read again.
    { id: 'ja.register.plain-sentence', before: 'はい。試作品は昨日発送した。', after: '1. 試作品は昨日発送した。', next: '試作品は昨日発送した。', reruns: true },
    { id: 'en.register.casual', before: 'We met at the fair. Congrats on the new plant!', after: 'We met at the expo. Congrats on the new plant!', next: 'Congrats on the new plant!', reruns: false },
    // In a first mail the sentence before is read (the hook before "congrats"): read again.
    { id: 'en.register.casual', before: 'We met at the fair. Congrats on the new plant!', after: 'Saw on LinkedIn you moved to head of treasury. Congrats on the new plant!', next: 'Congrats on the new plant!', reruns: true, firstContact: true },
  ];

  for (const c of cases) {
    it(`${c.id}: ${c.before} → ${c.after} (${c.reruns ? 'read again' : 'kept'})`, () => {
      const { rules, calls } = counted(c.id);
      const engine = new Engine({ rules, tokenizer: tokenizer() });
      engine.analyze(draftOf(c.before, c.firstContact));
      const first = calls.get(c.next) ?? 0;
      expect(first).toBe(1);
      const warm = engine.analyze(draftOf(c.after, c.firstContact));
      expect(calls.get(c.next)).toBe(c.reruns ? 2 : 1);
      expect(warm).toEqual(new Engine({ rules: RULES, tokenizer: tokenizer() }).analyze(draftOf(c.after, c.firstContact)));
    });
  }

  it('after random edits of mail built from every keyed rule\'s examples, a warm engine finds what a new one finds', () => {
    const texts = KEYED.flatMap((r) => [...r.examples.valid, ...r.examples.invalid].map((e) => e.text));
    const body = texts.join('\n');
    const engine = new Engine({ rules: RULES, tokenizer: tokenizer() });
    let text = body;
    engine.analyze(draftOf(text));
    let seed = 34;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const keys = ['。', '、', 'お', 'ご', 'い', '1.', ' ', 'e', '\n'];
    for (let i = 0; i < 15; i++) {
      const at = Math.floor(next() * text.length);
      text = text.slice(0, at) + keys[Math.floor(next() * keys.length)] + text.slice(at);
      expect(engine.analyze(draftOf(text))).toEqual(new Engine({ rules: RULES, tokenizer: tokenizer() }).analyze(draftOf(text)));
    }
  }, 600_000);
});
