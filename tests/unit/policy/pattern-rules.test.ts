import { describe, expect, it } from 'vitest';
import { MAX_MATCHES_PER_RULE, patternMatches, PATTERN_WINDOW, runCustomRules } from '../../../src/engine/custom-rules';
import { Engine } from '../../../src/engine/engine';
import { parsePolicy } from '../../../src/policy/parse';
import { checkPattern } from '../../../src/policy/pattern';
import { MAX_PATTERN_TEXT, type Policy } from '../../../src/policy/schema';

function policyWith(rule: Record<string, unknown>, extra: Record<string, unknown> = {}): Policy {
  const r = parsePolicy({ customRules: [{ id: 'org.p', kind: 'pattern', message: 'House rule', ...rule }], ...extra });
  if (!r.ok) throw new Error(r.error);
  return r.policy;
}
const spans = (policy: Policy, text: string) => runCustomRules(policy, 'body', text, 'client').map((f) => text.slice(f.start, f.end));

describe('pattern custom rules', () => {
  it('flags every match with the suggestion, case-insensitively by default', () => {
    const policy = policyWith({ pattern: '\\bASAP\\b|\\bby EOD\\b', suggestion: 'at your earliest convenience' });
    const findings = runCustomRules(policy, 'body', 'Please reply asap. I need it by EOD, ASAP!', 'client');
    expect(findings.map((f) => f.ruleId)).toEqual(['policy.org.p', 'policy.org.p', 'policy.org.p']);
    expect(spans(policy, 'Please reply asap. I need it by EOD, ASAP!')).toEqual(['asap', 'by EOD', 'ASAP']);
    expect(findings[0]!.suggestions[0]!.text).toBe('at your earliest convenience');
    expect(spans(policy, 'The ASAPIX product line')).toEqual([]);
  });

  it('honours ignoreCase: false', () => {
    expect(spans(policy2('NDA', false), 'nda and NDA')).toEqual(['NDA']);
  });

  it('matches Japanese and gives UTF-16 offsets that never split a surrogate pair', () => {
    const policy = policyWith({ pattern: '(?:至急|大至急)(?:ご確認|ご返信)' });
    const text = '😀お願いします。大至急ご確認ください。𠮷田様、至急ご返信を。';
    expect(spans(policy, text)).toEqual(['大至急ご確認', '至急ご返信']);
    const dot = policyWith({ pattern: '様.' });
    expect(spans(dot, '𠮷田様😀')).toEqual(['様😀']);
  });

  it('anchors ^ and $ to a line', () => {
    const policy = policyWith({ pattern: '^Best,$' });
    expect(spans(policy, 'Thanks.\nBest,\nKen')).toEqual(['Best,']);
    expect(spans(policy, 'Thanks. Best, Ken')).toEqual([]);
  });

  it('finds matches in a line longer than one search window', () => {
    const text = `${'x '.repeat(PATTERN_WINDOW)}NDA ${'y '.repeat(PATTERN_WINDOW)}NDA`;
    expect(spans(policy2('NDA', true), text)).toEqual(['NDA', 'NDA']);
  });

  it('answers a pathological pattern on a 100 KB line, with capped findings', () => {
    const policy = policyWith({ pattern: '(a+)+$' });
    const findings = runCustomRules(policy, 'body', `${'a'.repeat(100_000)}b`, 'client');
    // The line's windows end at 1 KB boundaries: each full window of a's matches to its end.
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBeLessThanOrEqual(MAX_MATCHES_PER_RULE);
    const check = checkPattern('(a+)+$', false);
    expect(check.ok && check.regex.matcher(`${'a'.repeat(100_000)}b`).find()).toBe(false);
  });

  it('stops a pattern that matches everywhere at the cap, and one that only matches empty', () => {
    expect(spans(policyWith({ pattern: '.' }), 'x'.repeat(5000))).toHaveLength(MAX_MATCHES_PER_RULE);
    expect(spans(policyWith({ pattern: '\\b' }), 'a b c '.repeat(1000))).toEqual([]);
  });

  it('does not scan past the text cap', () => {
    const check = checkPattern('NDA', false);
    if (!check.ok) throw new Error('compile');
    const text = `${'.'.repeat(MAX_PATTERN_TEXT)}NDA`;
    expect(patternMatches(check.regex, text)).toEqual([]);
  });

  it('is switched off or raised like any rule, and limited to its audience', () => {
    expect(spans(policyWith({ pattern: 'NDA' }, { rules: { 'policy.org.p': 'off' } }), 'NDA')).toEqual([]);
    expect(runCustomRules(policyWith({ pattern: 'NDA' }, { rules: { 'policy.org.p': 'error' } }), 'body', 'NDA', 'client')[0]!.severity).toBe('error');
    expect(runCustomRules(policyWith({ pattern: 'NDA', audience: ['prospect'] }), 'body', 'NDA', 'client')).toEqual([]);
  });

  it('runs through the engine like the other organisation rules, on the subject too', () => {
    const engine = new Engine({ rules: [] });
    const findings = engine.analyze({ subject: 'Re: NDA', body: 'Dear Sato-san,\n\nThe NDA is attached.', context: { recipient: 'client' } }, policyWith({ pattern: 'NDA', suggestion: 'confidentiality agreement' }));
    const ours = findings.filter((f) => f.ruleId === 'policy.org.p');
    expect(ours.map((f) => f.field).sort()).toEqual(['body', 'subject']);
  });
});

function policy2(pattern: string, ignoreCase: boolean): Policy {
  return policyWith({ pattern, ignoreCase });
}
