// Round 23 (mixed): mail that mixes English and Japanese, in wordings of our own written before the code. The language
// of a sentence is read from its grammar (src/engine/language.ts), not from its letters counted:
// E  an English clause quoting a Japanese term (月末締め翌々月末払い is not acceptable for us, 手形サイト120日 cannot be
//    accepted): the Japanese run is a noun phrase of the English clause, however long, and the English rules read it.
// J  a Japanese sentence carrying English words (このspecではsupportできません): the Latin words are nouns of the
//    Japanese clause, and the Japanese rules read it.
// B  a line with a clause in each language joined at a break ("That is out of scope — オンサイト研修はサポート対象外です",
//    "About the return …, 返品はできません"): each clause is a sentence in its own language, and the finding lands on
//    the clause that offends.
// Near misses: English mail naming 稟議 or 見積書 politely, Japanese mail with katakana and English product names,
// bilingual lines that say the same polite thing twice, a Japanese cushion before an English no that is softened.
import { describe, expect, it } from 'vitest';
import type { DraftContext, Finding } from '../../../src/engine/types';
import { tokenize } from '../../../src/engine/analysis/en-parse';
import { nodeEngine } from '../node-engine';
import { jaMiura as ja } from '../mail-wrappers';

const engine = nodeEngine();

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-08-20' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-08-20' };

const en = (body: string) => `Dear Mr. Miura,\n\nThank you for your mail.\n\n${body}\n\nBest regards,\nJohn Smith`;

/** [category, context, body, the part of the body a finding of that category must overlap] */
type Flagged = [category: string, context: DraftContext, body: string, part: string];

const findings = (body: string, context: DraftContext): Finding[] =>
  engine.analyze({ subject: 'Re: お見積り', body, context }).filter((f) => f.field === 'body');

const overlapping = (fs: Finding[], body: string, part: string): Finding[] => {
  const at = body.indexOf(part);
  expect(at).toBeGreaterThanOrEqual(0);
  return fs.filter((f) => f.start < at + part.length && at < f.end);
};

const E_ENGLISH_CLAUSE: Flagged[] = [
  ['blunt-refusal', C, en('月末締め翌々月末払い is not acceptable for us.'), '月末締め翌々月末払い is not acceptable'],
  ['blunt-refusal', C, en('手形サイト120日 cannot be accepted.'), 'cannot be accepted'],
  ['blunt-refusal', C, en('検収 within five working days is not possible on our side.'), 'is not possible'],
  ['blunt-refusal', C, en('Splitting the 請求書 per 部署 is something we do not do.'), 'we do not do'],
  ['blunt-refusal', C, en('We cannot sign the 取引基本契約書 as drafted by your legal team.'), 'We cannot sign'],
  ['blunt-refusal', C, en('A 相見積もり discount is not available for this model.'), 'is not available'],
  ['blunt-refusal', C, en('We will not send an engineer for the 立会検査 in Nagoya.'), 'We will not send'],
  ['bad-news', C, en('Unit prices on the 見積書 go up 12% from 1 April.'), 'go up 12%'],
  ['bad-news', C, en('The 試作品 will ship three weeks later than planned.'), 'three weeks later'],
  ['pressure', P, en('Two other importers are already in line for the same 在庫, so it is really now or next season.'), 'now or next season'],
  ['pressure', P, en('To keep your 設定データ, you will need to subscribe before 31 August.'), 'subscribe before 31 August'],
  ['register', C, en('Gonna need the 見積書 back asap, thx!'), 'Gonna'],
];

const J_JAPANESE_CLAUSE: Flagged[] = [
  ['blunt-refusal', C, ja('このspecではsupportできません。'), 'supportできません'],
  ['blunt-refusal', C, ja('Custom firmwareの提供はできません。'), '提供はできません'],
  ['blunt-refusal', C, ja('On-site supportは対応不可です。'), '対応不可'],
  ['blunt-refusal', C, ja('Source codeの開示はお断りします。'), 'お断りします'],
  ['bad-news', C, ja('Version 5.2のリリースは来月に延期になります。'), '延期になります'],
  ['bad-news', C, ja('Cloud Backupのサービスは3月末で終了します。'), '終了します'],
  ['pressure', P, ja('このcampaign priceは今月末までのご契約に限らせていただきます。お早めにご決断ください。'), 'お早めに'],
  ['register', C, ja('このissue、マジでやばいっすね。'), 'やばいっすね'],
];

const B_CLAUSE_IN_EACH_LANGUAGE: Flagged[] = [
  ['blunt-refusal', C, en('That is out of scope — オンサイト研修はサポート対象外です。'), 'That is out of scope'],
  ['blunt-refusal', C, en('That is out of scope — オンサイト研修はサポート対象外です。'), 'サポート対象外です'],
  ['blunt-refusal', C, en('About the return of the 300 cable assemblies, 返品はできません。'), '返品はできません'],
  ['blunt-refusal', C, en('Regarding the extra training day, 追加のトレーニングは対応できません。'), '対応できません'],
  ['blunt-refusal', C, ja('値引きはできません。\nWe cannot give a discount.'), '値引きはできません'],
  ['blunt-refusal', C, ja('ご依頼の件ですが、we cannot change the design at this stage.'), 'we cannot change the design'],
];

const NEAR_MISSES: [DraftContext, string][] = [
  [C, en('We understand the 稟議 on your side takes about two weeks; please take the time you need.')],
  [C, en('Tanaka-san mentioned the 稟議 is already with your director — thank you for moving it forward.')],
  [C, en('Thank you for sending the 見積依頼書; we will reply with our quotation by Friday.')],
  [C, en('We have prepared the 納品書 and 請求書 in Japanese as you asked.')],
  [C, en('We are glad to accept payment by 手形 if that suits your 経理部.')],
  [C, en('Our engineers look forward to the 立会検査 at your Nagoya plant.')],
  [C, en('Thank you for your order — ご注文ありがとうございます。')],
  [C, en('大変申し訳ございませんが、I am afraid our lab is fully booked until 25 December; we would be glad to suggest another date.')],
  [C, ja('弊社のCloud Backup Proは、Microsoft 365とGoogle Workspaceに対応しております。')],
  [C, ja('ご依頼のSLAレポートを添付いたします。ご確認のほど、よろしくお願いいたします。')],
  [C, ja('来週のkick-off meetingの資料をお送りします。')],
  [C, ja('iPhoneアプリとAndroidアプリの両方でご利用いただけます。')],
  [C, ja('エラーログ（error.log）を確認したところ、原因はconfigの設定でした。修正版を本日お送りします。')],
  [C, ja('資料を添付いたします。\nPlease find the documents attached.')],
  [C, ja('Northvale SoftwareのClaire Tremblayが担当いたします。')],
];

describe.each([
  ['E: an English clause quoting a Japanese term', E_ENGLISH_CLAUSE],
  ['J: a Japanese clause carrying English words', J_JAPANESE_CLAUSE],
  ['B: a clause in each language on one line', B_CLAUSE_IN_EACH_LANGUAGE],
] as const)('%s', (_name, cases) => {
  it.each(cases)('%s %#', (category, context, body, part) => {
    const fs = overlapping(findings(body, context), body, part);
    expect(fs.map((f) => f.category), `${body}\n${fs.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`).toContain(category);
  });
});

describe('near misses stay clean', () => {
  it.each(NEAR_MISSES)('%#', (context, body) => {
    const fs = findings(body, context);
    expect(fs.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`)).toEqual([]);
  });
});

describe('the English parse reads a Japanese run as one noun of its clause', () => {
  it.each([
    ['月末締め翌々月末払い is not acceptable for us.', '月末締め翌々月末払い'],
    ['手形サイト120日 cannot be accepted.', '手形サイト120日'],
    ['Could you get the 稟議 approved by 19 March?', '稟議'],
    ['You wrote 「値引きはできません」 and we understand.', '値引きはできません'],
  ])('%s', (sentence, term) => {
    const tokens = tokenize(sentence);
    const noun = tokens.find((t) => t.text === term);
    expect(noun?.pos).toBe('NOUN');
    expect(noun?.lemma).toBe(term);
    // The verbs around it are still verbs.
    expect(tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')).toBe(true);
  });
});
