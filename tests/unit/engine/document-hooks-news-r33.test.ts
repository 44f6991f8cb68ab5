// Round 33: ja.bad-news.blunt-bad-news's document hook reads every Japanese sentence of news on every keystroke. It
// read each one's flat refusals again (request-context's answersWithDecision and concessionRefused, the neighbours'
// reasons, cost-hand-over) and copied every moved sentence's tokens to test for a planned day the sentence before did
// not name. The flat refusals are now sentence facts (lib/flat-refusal.ts flatRefusalsOf, by text in the engine's
// cache) and the planned day is tested first. Counted on the refusal reader the flat refusals call (a warm engine, one
// edit far from the news), and checked against a new Engine — no timing.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { RULES } from '../../../src/rules';

const calls = vi.hoisted(() => ({ negated: [] as string[] }));
vi.mock('../../../src/rules/ja/lib/refusal', async (original) => {
  const actual = await original<typeof import('../../../src/rules/ja/lib/refusal')>();
  return {
    ...actual,
    negatedRefusals: (tokens: Parameters<typeof actual.negatedRefusals>[0]) => {
      calls.negated.push(tokens.map((t) => t.surface).join(''));
      return actual.negatedRefusals(tokens);
    },
  };
});

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
const ADDRESS = '株式会社ミドリ製薬\n購買部 佐藤様\n\nいつもお世話になっております。\n';
/** Notices told flat (no apology, reason or offer in the mail), each in a paragraph of its own. */
const NEWS = [
  '来月ご注文分より、全製品の価格を10%値上げいたします。',
  '出荷予定日は12月20日に変更となります。',
  'ご注文のうち200個は欠品となります。',
  '4月分より、振込手数料はお客様のご負担となります。',
];
const EDITED = '本日はお忙しいところありがとうございました。';
/** Lines that neither apologise nor explain (the bench's drafts do: the hook would stop at the mail's apology). */
const filler = (n: number, from: number) => Array.from({ length: n }, (_, i) => `第${from + i}回の定例会議の資料を共有いたします。`).join('\n');

describe('ja.bad-news.blunt-bad-news on a keystroke', () => {
  it('reads the flat refusals of its notices from the cache when the edit is elsewhere', () => {
    const body = `${ADDRESS}${NEWS.join('\n\n')}\n\n${filler(60, 1)}\n${EDITED}\n${filler(20, 100)}`;
    const engine = new Engine({ rules: RULES, tokenizer });
    const first = engine.analyze({ body, context });
    // One notice over the four (consecutive sentences of news are one finding).
    const notice = first.find((f) => f.ruleId === 'ja.bad-news.blunt-bad-news');
    expect(body.slice(notice!.start, notice!.end)).toContain('振込手数料');
    // Not vacuous: the notices' flat refusals were read once, when they were new.
    expect(NEWS.filter((n) => calls.negated.includes(n)).length).toBeGreaterThanOrEqual(3);
    calls.negated.length = 0;
    const now = '本日もお忙しいところありがとうございました。';
    const edited = body.replace(EDITED, now);
    const warm = engine.analyze({ body: edited, context });
    // Before: each notice's flat refusals again (two or three times) on every keystroke.
    expect(calls.negated.filter((t) => NEWS.includes(t))).toEqual([]);
    expect(warm).toEqual(new Engine({ rules: RULES, tokenizer }).analyze({ body: edited, context }));
  }, 120_000);

  it('finds what a new Engine finds as notices, neighbours and blank lines change', () => {
    const body = `${ADDRESS}${NEWS.join('\n\n')}\n\n${filler(20, 1)}`;
    const engine = new Engine({ rules: RULES, tokenizer });
    engine.analyze({ body, context });
    const steps = [
      // A planned day in the sentence before (the slip told over two sentences).
      body.replace('出荷予定日は12月20日', '11月20日にお届けする予定でした。お届けは12月4日'),
      // A reason beside a notice, then taken away.
      body.replace('ご注文のうち200個は', '原材料の不足により、ご注文のうち200個は'),
      body.replace(NEWS[2]!, `${NEWS[2]}部品の調達が遅れているためです。`),
      // Blank lines of other shapes between the paragraphs, and an offer to meet in one of them.
      body.replace(/\n\n/g, '\n\u3000\n'),
      body.replace(/\n\n/g, '\n\n\n'),
      body.replace(`\n\n${NEWS[1]}`, `\n\nご説明に伺いたく存じます。\n \n${NEWS[1]}`),
      body.replace(`${NEWS[3]}`, `${NEWS[3]}\nあらためてご訪問させていただきます。`),
      body,
    ];
    for (const text of steps) {
      const warm = engine.analyze({ body: text, context });
      expect(warm).toEqual(new Engine({ rules: RULES, tokenizer }).analyze({ body: text, context }));
    }
  }, 120_000);
});
