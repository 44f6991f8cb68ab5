// Round 36 (refja36): Japanese blunt refusals answering the client's ask — our negated act in any shape, a decision reported or
// in the passive, a sole way on our provision, the terms kept against their wish — with their near misses
// (classes-r36-refusal-cases.ts), and the precedence of a refusal over the bad-news reading of the same words.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules';
import { nodeEngine } from '../node-engine';
import {
  DECISION_CLEAN_R36, DECISION_R36, KEPT_CLEAN_R36, KEPT_R36, NEGATED_ACT_CLEAN_R36, NEGATED_ACT_R36, SOLE_WAY_CLEAN_R36,
  SOLE_WAY_R36, type Case,
} from './classes-r36-refusal-cases';
import { engine, find, flags, input, leaves, mail, name, rewritten } from './reply-refusal-table';

const withoutNegatedAct = nodeEngine(RULES.filter((r) => r.id !== 'ja.blunt-refusal.negated-act'));
const withoutBadNews = nodeEngine(RULES.filter((r) => r.id !== 'ja.bad-news.blunt-bad-news'));

describe('round 36, class 1: our negated act on a thing the client wants, in any shape', () => {
  it.each(NEGATED_ACT_R36.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
  it.each(NEGATED_ACT_CLEAN_R36.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
  it('keeps the seller\'s verb and object in the rewrite of a rule told (返金しない定め)', () => {
    expect(rewritten(find(NEGATED_ACT_R36, '返金しない'))).toContain('申し訳ございませんが、残存期間分の保守料はご返金いたしかねます');
    expect(rewritten(find(NEGATED_ACT_R36, '受け入れはしておりません'))).toContain('申し訳ございませんが、外部の方の受け入れはいたしかねます');
  });
});

describe('round 36, class 2: a decision against their ask, reported or in the passive', () => {
  it.each(DECISION_R36.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
  it.each(DECISION_CLEAN_R36.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
  it('rewrites a declining verb reported as decided in the seller\'s verb, humbly, after a cushion', () => {
    expect(rewritten(find(DECISION_R36, '見送られる'))).toContain('申し訳ございませんが、今回の開放は見送らせていただくこととなりました。');
    expect(rewritten(find(DECISION_R36, '取りやめる'))).toContain('申し訳ございませんが、無償貸出は今年度から取りやめさせていただくこととなりました。');
  });
});

describe('round 36, class 3: a sole way on our provision', () => {
  it.each(SOLE_WAY_R36.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
  it.each(SOLE_WAY_CLEAN_R36.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
  it('keeps the way named in the rewrite', () => {
    expect(rewritten(find(SOLE_WAY_R36, '提供のみとなります'))).toContain('大変恐縮ですが、サンプルは有償での提供のみとさせていただいております。');
  });
});

describe('round 36, class 4: the terms kept against their wish', () => {
  it.each(KEPT_R36.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
  it.each(KEPT_CLEAN_R36.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
  it('rewrites the change denied as the softened no, keeping the verb', () => {
    expect(rewritten(find(KEPT_R36, '変更はいたしません'))).toContain('大変恐縮ですが、変更はいたしかねます。');
  });
});

describe('round 36: a refusal read on bad-news words stands (the terms kept win), and neither rule silences the other', () => {
  const c = find(DECISION_R36, '取りやめる');
  it('reports the refusal beside the bad news on a benefit they asked for withdrawn', () => {
    expect(engine.analyze(input(c)).some((f) => f.ruleId === 'ja.blunt-refusal.negated-act')).toBe(true);
  });
  it('drops the bad-news reading of the terms kept against their wish', () => {
    const kept = find(KEPT_R36, '変更はいたしません');
    const body = mail(kept[1]);
    const at = body.lastIndexOf('変更はいたしません');
    expect(engine.analyze(input(kept)).filter((f) => f.category === 'bad-news' && f.start < at + 9 && at < f.end)).toEqual([]);
    expect(RULES.find((r) => r.id === 'ja.bad-news.blunt-bad-news')!.yieldsTo).toContain('ja.blunt-refusal.stated-limit');
  });
  it('keeps the bad news when the refusal rule is off, and the refusal when the bad-news rule is off', () => {
    expect(withoutNegatedAct.analyze(input(c)).some((f) => f.category === 'bad-news' || f.category === 'blunt-refusal')).toBe(true);
    expect(withoutBadNews.analyze(input(c)).some((f) => f.ruleId === 'ja.blunt-refusal.negated-act')).toBe(true);
  });
});
