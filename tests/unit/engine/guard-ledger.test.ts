// Round 25: the guard ledger (EngineOptions.trace, RuleContext.suppressed). A known guard must appear for a known
// sentence when tracing, and nothing may be recorded (nor the hook be anything but the shared no-op) by default.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { defineRule, NO_TRACE, tracing, type RuleContext } from '../../../src/engine/rule';
import { RULES } from '../../../src/rules';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
const APOLOGISED = 'いつもお世話になっております。\n来月より、貴社の担当は本社の田村に変わります。\nご迷惑をおかけし、申し訳ございません。';
const EN_APOLOGISED = 'Dear Ms Sato,\n\nWe are sorry to tell you that the price of the A-20 valve will increase by 8% from 1 April.\n\nBest regards,\nTom';
const PRESSURE_TO_CLIENT = 'This special price is only valid until Friday, so please sign the order today.';

let traced: Engine;
let plain: Engine;
beforeAll(async () => {
  const tokenizer = await sharedNodeTokenizer();
  traced = new Engine({ rules: RULES, tokenizer, trace: true });
  plain = new Engine({ rules: RULES, tokenizer });
});

describe('guard ledger', () => {
  it('records the apology in the mail stopping a Japanese notice, over the notice', () => {
    const a = traced.analyzeWithStatus({ body: APOLOGISED, context: CLIENT });
    expect(a.findings.filter((f) => f.category === 'bad-news')).toEqual([]);
    const s = a.suppressions!.find((x) => x.ruleId === 'ja.bad-news.blunt-bad-news' && x.guard === 'apology-in-mail');
    expect(s).toBeDefined();
    expect(APOLOGISED.slice(s!.start, s!.end)).toBe('来月より、貴社の担当は本社の田村に変わります');
  });

  it('records the apology stopping an English notice', () => {
    const a = traced.analyzeWithStatus({ body: EN_APOLOGISED, context: CLIENT });
    expect(a.suppressions!.some((x) => x.ruleId === 'en.bad-news.blunt-notice' && x.guard === 'apology-in-mail')).toBe(true);
  });

  it('records the recipient guard of a pressure rule (a client of long standing), with no finding', () => {
    const a = traced.analyzeWithStatus({ body: PRESSURE_TO_CLIENT, context: CLIENT });
    expect(a.findings.filter((f) => f.category === 'pressure')).toEqual([]);
    expect(a.suppressions!.some((x) => x.ruleId === 'en.pressure.ultimatum' && x.guard === 'existing-client')).toBe(true);
    // The same sentence to a prospect is flagged, and that guard is not recorded.
    const b = traced.analyzeWithStatus({ body: PRESSURE_TO_CLIENT, context: { ...CLIENT, recipient: 'prospect' } });
    expect(b.findings.some((f) => f.category === 'pressure')).toBe(true);
    expect(b.suppressions!.some((x) => x.guard === 'existing-client')).toBe(false);
  });

  it('records the guard on every analysis, not only the first (the memo is bypassed while tracing)', () => {
    for (let i = 0; i < 2; i++) {
      const a = traced.analyzeWithStatus({ body: APOLOGISED, context: CLIENT });
      expect(a.suppressions!.filter((x) => x.guard === 'apology-in-mail').length).toBe(1);
    }
  });

  it('is off by default: no suppressions, the same findings', () => {
    const a = plain.analyzeWithStatus({ body: APOLOGISED, context: CLIENT });
    expect(a.suppressions).toBeUndefined();
    for (const body of [APOLOGISED, EN_APOLOGISED, PRESSURE_TO_CLIENT]) {
      expect(plain.analyze({ body, context: CLIENT })).toEqual(traced.analyze({ body, context: CLIENT }));
    }
  });

  it('hands a rule the shared no-op hook unless tracing', () => {
    const seen: RuleContext['suppressed'][] = [];
    const probe = defineRule({
      id: 'en.register.probe', lang: 'en', category: 'register', severity: 'info',
      title: { en: 'probe', ja: 'probe' }, rationale: { en: 'probe', ja: 'probe' }, examples: { valid: [], invalid: [] },
      sentence(_s, ctx) {
        seen.push(ctx.suppressed);
        expect(tracing(ctx)).toBe(ctx.suppressed !== NO_TRACE);
        ctx.suppressed('probe-guard', 0, 1);
      },
    });
    const off = new Engine({ rules: [probe] }).analyzeWithStatus({ body: 'Hello there.', context: CLIENT });
    expect(seen[0]).toBe(NO_TRACE);
    expect(off.suppressions).toBeUndefined();
    const on = new Engine({ rules: [probe], trace: true }).analyzeWithStatus({ body: 'Hello there.', context: CLIENT });
    expect(seen[1]).not.toBe(NO_TRACE);
    expect(on.suppressions).toEqual([{ ruleId: 'en.register.probe', guard: 'probe-guard', field: 'body', start: 0, end: 1 }]);
  });
});
