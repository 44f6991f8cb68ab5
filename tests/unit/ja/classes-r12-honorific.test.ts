// Round 12 (ja), class J4: a humble verb with させていただく stated as our own act (伺わせていただきます,
// お伺いさせていただきます, 拝見させていただきました, 拝読させていただきます) is how most business writers now
// write, and is not flagged by default: ja.honorific.humble-sasete-itadaku is off unless a policy names it.
// Still flagged: a respect verb + られる, お〜になられる, 貴社様, and させていただく for the client's own act.
// Wordings of our own, not a corpus's.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { DEFAULT_POLICY, type Policy } from '../../../src/policy/schema';
import { RULES } from '../../../src/rules';
import { classTables } from './refusal-honorific-table';

classTables([
  {
    name: 'double keigo that stays flagged by default',
    category: 'honorific',
    flagged: [
      ['先ほど課長がおっしゃられた条件で見積もりを作り直します。', 'おっしゃられた'],
      ['添付のサンプル写真はもうご覧になられましたでしょうか。', 'ご覧になられました'],
      ['来月、工場へお越しになられる際はご一報ください。', 'お越しになられる'],
      ['皆様が召し上がられる弁当はこちらで手配いたします。', '召し上がられる'],
      ['貴社様の新工場の件、承知いたしました。', '貴社様'],
      ['御社様からのご注文、確かに承りました。', '御社様'],
      ['来週の打ち合わせには、貴社の小川様も同席させていただきます。', '同席させていただきます'],
      ['検収は、ご担当の村井様がご確認させていただきます。', 'ご確認させていただきます'],
      ['展示会には貴社の技術部の皆様も見学させていただく予定です。', '見学させていただく'],
      ['次回は森本様も出席させていただきますので、よろしくお願いいたします。', '出席させていただきます'],
    ],
    clean: [
      '来週火曜日の午後、貴社へ伺わせていただきます。',
      '明朝、改めてお伺いさせていただきます。',
      'お送りいただいた仕様書を拝見させていただきました。',
      '頂戴したご提案書は、週末までに拝読させていただきます。',
      'ご講演を拝聴させていただき、大変勉強になりました。',
      '当日は弊社の技術担当も同席させていただきます。',
      '当日は小川様を工場内へご案内させていただきます。',
      '村井様がご希望の納期で調整させていただきます。',
      '次回の打ち合わせに、森本様にもご同席いただけますと幸いです。',
    ],
  },
]);

describe('the strict させていただく check is off by default and a policy switches it on', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = new Engine({ rules: RULES, tokenizer: await sharedNodeTokenizer() });
  });
  const ID = 'ja.honorific.humble-sasete-itadaku';
  const body = 'お送りいただいた図面を拝見させていただきました。';
  const ids = (policy?: Policy) => engine.analyze({ body, context: { recipient: 'client' } }, policy).map((f) => f.ruleId);

  it('is registered as off by default', () => {
    expect(RULES.find((r) => r.id === ID)?.offByDefault).toBe(true);
    expect(ids()).toEqual([]);
  });
  it('runs at the level an org policy names it with', () => {
    const found = engine.analyze({ body, context: { recipient: 'client' } }, { ...DEFAULT_POLICY, rules: { [ID]: 'warning' } });
    expect(found.map((f) => [f.ruleId, f.severity, body.slice(f.start, f.end)])).toEqual([[ID, 'warning', '拝見させていただきました']]);
    expect(found[0]!.suggestions.map((s) => s.text)).toEqual(['拝見しました', '拝見いたしました']);
  });
  it('is not switched on by its category’s level (a stricter honorific level keeps it off)', () => {
    expect(ids({ ...DEFAULT_POLICY, categories: { honorific: 'error' } })).toEqual([]);
  });
  it('a category switched off does not silence it once the policy names it', () => {
    expect(ids({ ...DEFAULT_POLICY, rules: { [ID]: 'info' }, categories: { honorific: 'off' } })).toEqual([ID]);
  });
  it('asked as the reader’s leave it stays clean even when switched on', () => {
    const asked = engine.analyze({ body: '図面を拝見させていただけますでしょうか。', context: { recipient: 'client' } }, { ...DEFAULT_POLICY, rules: { [ID]: 'warning' } });
    expect(asked.map((f) => f.ruleId)).not.toContain(ID);
  });
});
