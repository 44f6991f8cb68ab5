// The engine keeps a sentence rule's reports when only the sentence before it changed, unless the rule
// declares `readsPrevious` (and only such rules are handed the previous sentence). The declaration is the
// contract: this test runs every rule's examples, all rules' examples as drafts, with each undeclared rule's
// hook given the previous sentence under watch, and fails when one reads it (a property, or its mere
// presence: the hook reports otherwise with and without it).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { defineRule, type Report, type Rule, type RuleContext } from '../../../src/engine/rule';
import type { DraftInput, Sentence } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';
import { exampleDrafts, nodeTokenizer } from './example-drafts';

const tokenizer = nodeTokenizer();

/**
 * The ids of the rules among `rules` whose sentence hook reads the previous sentence without declaring it,
 * on `drafts`. Each undeclared hook runs as if declared (so the engine hands it the previous sentence), once
 * with that sentence behind a watching proxy and once without it.
 */
function undeclaredReaders(rules: readonly Rule[], drafts: DraftInput[]): string[] {
  const readers = new Set<string>();
  const watched = rules.map((rule): Rule => {
    if (!rule.sentence || rule.readsPrevious) return rule;
    const hook = rule.sentence.bind(rule);
    return {
      ...rule,
      readsPrevious: true,
      sentence(s: Sentence, ctx: RuleContext, previous: Sentence | undefined) {
        const read = () => readers.add(rule.id);
        const watch: ProxyHandler<Sentence> = {
          get: (t, k, r) => (read(), Reflect.get(t, k, r)),
          has: (t, k) => (read(), Reflect.has(t, k)),
          ownKeys: (t) => (read(), Reflect.ownKeys(t)),
          getOwnPropertyDescriptor: (t, k) => (read(), Reflect.getOwnPropertyDescriptor(t, k)),
        };
        const withIt: Report[] = [];
        const without: Report[] = [];
        hook(s, { ...ctx, report: (r) => withIt.push(r) }, previous && new Proxy(previous, watch));
        hook(s, { ...ctx, report: (r) => without.push(r) }, undefined);
        if (JSON.stringify(withIt) !== JSON.stringify(without)) read();
        for (const r of withIt) ctx.report(r);
      },
    };
  });
  const engine = new Engine({ rules: watched, tokenizer: tokenizer() });
  for (const draft of drafts) engine.analyze(draft);
  return [...readers].sort();
}

const base = { lang: 'ja' as const, category: 'register' as const, severity: 'info' as const, title: { en: 't', ja: 't' }, rationale: { en: 't', ja: 't' } };
const two = '資料をお送りします。見積書を添付いたします。';

describe('sentence rules declare whether they read the previous sentence', () => {
  it('no rule reads the previous sentence without declaring readsPrevious (every example of every rule)', () => {
    expect(undeclaredReaders(RULES, exampleDrafts(RULES))).toEqual([]);
  }, 240_000);

  it('a hook declared with the previous sentence as a parameter declares readsPrevious', () => {
    const undeclared = RULES.filter((r) => r.sentence && r.sentence.length >= 3 && !r.readsPrevious).map((r) => r.id);
    expect(undeclared).toEqual([]);
  });

  it('the check finds a rule that reads a property of the previous sentence, or only whether there is one', () => {
    const readsText = defineRule({
      ...base, id: 'ja.register.test-reads-text', examples: { valid: [{ text: two }], invalid: [] },
      sentence(s, ctx, previous) {
        if (previous?.text.endsWith('。')) ctx.report({ start: s.start, end: s.end, message: 'after', suggestions: [] });
      },
    });
    const readsPresence = defineRule({
      ...base, id: 'ja.register.test-reads-presence', examples: { valid: [{ text: two }], invalid: [] },
      sentence: (s, ctx, ...rest: [Sentence | undefined]) => {
        if (rest[0] === undefined) ctx.report({ start: s.start, end: s.end, message: 'first', suggestions: [] });
      },
    });
    const own = defineRule({
      ...base, id: 'ja.register.test-own', examples: { valid: [{ text: two }], invalid: [] },
      sentence(s, ctx) {
        ctx.report({ start: s.start, end: s.end, message: s.text, suggestions: [] });
      },
    });
    const declared = defineRule({ ...readsText, id: 'ja.register.test-declared', readsPrevious: true });
    const rules = [readsText, readsPresence, own, declared];
    expect(undeclaredReaders(rules, exampleDrafts(rules))).toEqual(['ja.register.test-reads-presence', 'ja.register.test-reads-text']);
  });

  it('an undeclared rule is not handed the previous sentence, a declared one is', () => {
    const seen: string[] = [];
    const rule = (id: string, readsPrevious: boolean) => defineRule({
      ...base, id: `ja.register.test-${id}`, readsPrevious, examples: { valid: [], invalid: [] },
      sentence: (s, _ctx, ...rest: [Sentence | undefined]) => {
        seen.push(`${id}:${rest[0]?.text ?? '-'}`);
      },
    });
    new Engine({ rules: [rule('undeclared', false), rule('declared', true)], tokenizer: tokenizer() }).analyze({ body: two, context: { recipient: 'client' } });
    expect(seen).toEqual(['undeclared:-', 'declared:-', 'undeclared:-', 'declared:資料をお送りします。']);
  });
});
