// A rule that throws, from the engine to what the interface reads: the engine's host names the rule (built-in
// title, or an organisation rule's own message) and the answer carries it; the popup's store keeps it with the
// draft until a check where every rule ran. The honest way an admin's rule throws in a browser: a phrase past
// V8's RegExp size limit, which the schema lets through and the RegExp refuses when first used.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { customRuleRunError } from '../../../src/engine/custom-rules';
import { EngineHost } from '../../../src/extension/engine-host';
import type { AnalyzeRequest, AnalyzeResponse } from '../../../src/extension/protocol';
import { AnalyzeResponseSchema, TabFindingsSchema } from '../../../src/extension/protocol';
import { namedFailures, ruleTitle } from '../../../src/extension/rule-titles';
import { TabFindingsStore } from '../../../src/extension/tab-findings';
import { DEFAULT_POLICY, type CustomRule, type Policy } from '../../../src/policy/schema';
import { parsePolicy } from '../../../src/policy/parse';
import { RULES } from '../../../src/rules';

const HUGE = 'ASAP '.repeat(8000).trim();
const rule = (id: string, phrases: string[], messageJa?: string): CustomRule => ({
  id, kind: 'existence', phrases, message: `Avoid ${id}`, ...(messageJa ? { messageJa } : {}), level: 'warning', ignoreCase: true,
});
const withRules = (...customRules: CustomRule[]): Policy => ({ ...DEFAULT_POLICY, customRules });

function request(body: string, revision = 1): AnalyzeRequest {
  return { type: 'analyze', composeId: 'c1', client: 'gmail', revision, draft: { subject: 'Quote', body, kind: 'email', context: { recipient: 'client' } } };
}

describe('a custom rule the browser cannot run', () => {
  it('passes the schema and parsePolicy, and is named by customRuleRunError', () => {
    const policy = withRules(rule('too-long', ['ASAP', HUGE]));
    expect(parsePolicy(JSON.parse(JSON.stringify(policy))).ok).toBe(true);
    expect(customRuleRunError(policy.customRules[0]!)).toBe('Regular expression too large');
    expect(customRuleRunError(rule('fine', ['ASAP', 'at once']))).toBeNull();
    expect(customRuleRunError({ id: 'p', kind: 'pattern', pattern: '\\bASAP\\b', message: 'm', level: 'warning', ignoreCase: true })).toBeNull();
  });

  it('costs its own findings only: the engine reports it, every other rule still runs', () => {
    const analysis = new Engine({ rules: RULES, tokenizer: null }).analyzeWithStatus(
      { body: 'Please reply ASAP. That is out of scope.', context: { recipient: 'client' } },
      withRules(rule('too-long', [HUGE]), rule('asap', ['ASAP'])),
    );
    expect(analysis.failedRules).toEqual([{ ruleId: 'policy.too-long', count: 1, error: expect.stringMatching(/Regular expression too large$/) }]);
    expect(analysis.findings.map((f) => f.ruleId)).toContain('policy.asap');
  });
});

describe('naming the rules that failed', () => {
  it('gives a built-in rule its title and an organisation rule its message (Japanese when it has one)', () => {
    const builtIn = RULES[0]!;
    expect(ruleTitle(builtIn.id, DEFAULT_POLICY)).toEqual(builtIn.title);
    const policy = withRules(rule('a', ['x'], '「x」を避ける'), rule('b', ['y']));
    expect(ruleTitle('policy.a', policy)).toEqual({ en: 'Avoid a', ja: '「x」を避ける' });
    expect(ruleTitle('policy.b', policy)).toEqual({ en: 'Avoid b', ja: 'Avoid b' });
    expect(ruleTitle('policy.gone', policy)).toBeUndefined();
    expect(namedFailures([{ ruleId: 'policy.gone', count: 1, error: 'e' }], policy)).toEqual([{ ruleId: 'policy.gone', count: 1, error: 'e' }]);
  });

  it('the host’s answer carries the named failure, valid to the protocol, and no failure when all ran', async () => {
    const host = new EngineHost({ readDictionary: () => Promise.reject(new Error('not in this test')) });
    const failing = await host.analyze(request('Please reply ASAP.'), withRules(rule('too-long', [HUGE], '長すぎる語句')));
    // Once in the subject, once in the body; the error without V8's quotation of the 40,000-character source.
    expect(failing.failedRules).toEqual([
      { ruleId: 'policy.too-long', count: 2, error: 'Regular expression too large', title: { en: 'Avoid too-long', ja: '長すぎる語句' } },
    ]);
    expect(AnalyzeResponseSchema.parse(failing).failedRules?.[0]?.title?.ja).toBe('長すぎる語句');
    const fine = await host.analyze(request('Please reply ASAP.'), withRules(rule('asap', ['ASAP'])));
    expect(fine).not.toHaveProperty('failedRules');
  });
});

describe('the popup’s store', () => {
  const response = (revision: number, failedRules?: AnalyzeResponse['failedRules']): AnalyzeResponse => ({
    composeId: 'c1', revision, findings: [], japaneseReady: true, dictionaryError: null, ...(failedRules ? { failedRules } : {}),
  });
  const failure = { ruleId: 'policy.too-long', count: 1, error: 'Regular expression too large', title: { en: 'Avoid too-long', ja: '長すぎる語句' } };

  it('keeps the failed rules with the draft, for this tab and for every tab, until a check where all ran', async () => {
    const store = new TabFindingsStore();
    store.record(7, request('Please reply ASAP.', 1), response(1, [failure]));
    expect((await store.findings(7)).drafts[0]!.failedRules).toEqual([failure]);
    expect((await store.all()).drafts[0]!.failedRules).toEqual([failure]);
    expect(TabFindingsSchema.parse(await store.findings(7)).drafts[0]!.failedRules).toEqual([failure]);
    store.record(7, request('Please reply soon.', 2), response(2));
    expect((await store.findings(7)).drafts[0]).not.toHaveProperty('failedRules');
    expect((await store.all()).drafts[0]).not.toHaveProperty('failedRules');
  });
});
