// Round 27: the document hooks of ja unsoftened-refusal and salutation-without-sama on a keystroke. Both read every
// sentence (or the address block) on every keystroke: the first walked each sentence four times (the softened no, the
// statements, verdict lines, item replies) testing cushions and list shapes, the second read the address block's names
// and tokens again. They now visit only the sentences whose text gives a walk something to judge (bits kept by position,
// FactStore.ofSentences) and keep the address block's findings while its lines are the same. Counted here on the helpers
// the walks call (a warm engine, one edit far from those sentences), and checked against a new Engine — no timing.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeDraft } from '../../../bench/texts';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { RULES } from '../../../src/rules';

const calls = vi.hoisted(() => ({ cushion: [] as string[], address: 0 }));
vi.mock('../../../src/rules/ja/lib/cushion', async (original) => {
  const actual = await original<typeof import('../../../src/rules/ja/lib/cushion')>();
  return { ...actual, hasCushion: (text: string | undefined) => (text !== undefined && calls.cushion.push(text), actual.hasCushion(text)) };
});
vi.mock('../../../src/rules/ja/lib/addressee', async (original) => {
  const actual = await original<typeof import('../../../src/rules/ja/lib/addressee')>();
  return {
    ...actual,
    bareNameAtEnd: (...a: Parameters<typeof actual.bareNameAtEnd>) => (calls.address++, actual.bareNameAtEnd(...a)),
    bareNamesInList: (...a: Parameters<typeof actual.bareNamesInList>) => (calls.address++, actual.bareNamesInList(...a)),
  };
});

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
const ADDRESS = '株式会社ミドリ製薬\n購買部 佐藤\n\nいつもお世話になっております。\n';
/** A sentence for each walk: a reasoned …かねる, a spec, a verdict line, a bulleted reply, a closure's scope. */
const WALKED = [
  'ご依頼の件、印刷機の段取り上、300枚での別版印刷はお引き受けいたしかねる状況でございます。',
  'ご要望の件ですが、本機は単相100Vには対応しておりません。',
  'ご要望への回答です。',
  '・保証期間の延長：不可',
  '・サンプルの追加はちょっと無理です。',
  '休業期間中は出荷およびお問い合わせへの対応ができかねます。',
].join('\n');
const EDITED = '本日はお忙しいところありがとうございました。';

describe('ja document hooks on a keystroke', () => {
  it('test cushions of the edited sentence and its neighbours only, and read the address block not at all', () => {
    // The walked sentences stand apart (a blank line), under the greeting; the edit is far below them.
    const body = `${ADDRESS}${WALKED}\n\n${makeDraft('ja', 10, 3)}\n${EDITED}\n${makeDraft('ja', 2, 5)}`;
    const engine = new Engine({ rules: RULES, tokenizer });
    const first = engine.analyze({ body, context });
    expect(first.some((f) => f.ruleId === 'ja.honorific.salutation-without-sama')).toBe(true);
    expect(first.filter((f) => f.ruleId === 'ja.blunt-refusal.unsoftened-refusal').length).toBeGreaterThan(1);
    calls.cushion.length = 0;
    calls.address = 0;
    const now = '本日もお忙しいところありがとうございました。';
    const edited = body.replace(EDITED, now);
    const warm = engine.analyze({ body: edited, context });
    // The walks still judge the sentences they have something to judge (WALKED, and the greeting as the lead of their
    // list); of the rest of the draft, only the edited sentence and the ones before and after it are read (the sentence
    // rules read the previous one). Before: every かね sentence of the draft (かねてより…) and the one before each, on every keystroke.
    const rest = calls.cushion.filter((t) => !WALKED.includes(t) && !ADDRESS.includes(t));
    expect(rest).toContain(now);
    expect(new Set(rest).size).toBeLessThanOrEqual(3);
    expect(calls.address).toBe(0);
    expect(warm).toEqual(new Engine({ rules: RULES, tokenizer }).analyze({ body: edited, context }));
  }, 120_000);

  it('read the address block again when one of its lines changes, and the walks again when a walked sentence does', () => {
    const body = `${ADDRESS}${makeDraft('ja', 2, 3)}\n${WALKED}`;
    const engine = new Engine({ rules: RULES, tokenizer });
    engine.analyze({ body, context });
    const steps = [
      body.replace('購買部 佐藤', '購買部 佐藤様'),
      body.replace('購買部 佐藤', '購買部 佐藤さん'),
      body.replace('・保証期間の延長：不可', '・保証期間の延長：大変申し訳ございませんが不可'),
      body.replace('休業期間中は', '休業期間中も'),
      body.replace('いつもお世話になっております。', '夏季休業とさせていただきます。'),
      body,
    ];
    for (const text of steps) {
      calls.address = 0;
      const warm = engine.analyze({ body: text, context });
      expect(warm).toEqual(new Engine({ rules: RULES, tokenizer }).analyze({ body: text, context }));
    }
    calls.address = 0;
    engine.analyze({ body: body.replace('購買部 佐藤', '購買部 佐藤 '), context });
    expect(calls.address).toBeGreaterThan(0);
  }, 120_000);
});
