// Round 29 (casual29): casual register in Japanese other people write, read as classes (/work/BRIEF29.md, issue 9's
// second measure; round 28's external sets missed these classes, docs/evaluation/external-r28/README.md). Our own
// wordings, each a bare segment as a chat line or a short mail body to a client, with polite near misses that must stay
// clean. Expected: 'register' among the categories for a casual case, no finding at all for a clean one.
// - U: a segment with no final 。 — a plain verb or adjective at the end of the line, a line break as the sentence
//   end, ！/？/〜/w endings.
// - Q: quotative って (明日来るって, …だって), の/かい/っけ questions, explanatory の/んだ endings.
// - F: fragments and chat forms — a noun + よ/ね/さ, 了解、助かる, まあいいや, 〜たら？/〜ば？ suggestions, 〜ちゃう/〜じゃう,
//   〜てる/〜とく, 〜じゃん, 〜っす, りょ, タメ口 imperatives (見といて, 送って).
// - N: near misses — plain forms inside quotations, headings, bullet fragments of a spec (納期：3週間), subordinate
//   clauses (…と思いますので), ですね/ますよね, internal mail, 体言止め in a formal list.
import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';
import { abcJaShort as mail } from '../mail-wrappers';

type Case = [expected: string, body: string, context?: DraftContext];
const engine = nodeEngine();
const CLIENT: DraftContext = { recipient: 'client', firstContact: false, now: '2026-06-10' };
const INTERNAL: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-06-10' };
const R = 'register';

const U_UNTERMINATED: Case[] = [
  [R, 'それ、すごく面白い'],
  [R, '納期に間に合うかな〜'],
  [R, 'これは笑えるw'],
  [R, '昨日のデモ、良かった！'],
  [R, '新しい担当者、いい人だった'],
  [R, 'サンプルは届いた？'],
  [R, '在庫はあるよ'],
  [R, '送料は無料だった'],
  [R, 'もう少し待って'],
  [R, 'そうそう、その件ね'],
  [R, '月曜から新しいシステムに切り替わる\nみんなに伝えておいて'],
  [R, '写真見たけど、すごくきれいだった'],
  [R, 'わかった、すぐやる！'],
];

const Q_QUOTE_QUESTION: Case[] = [
  [R, '明日来るって'],
  [R, '部長が納期は延ばせないって。'],
  [R, '先方は了承したんだって。'],
  [R, '工場の設備が止まっているんだって'],
  [R, '納品は来週だって。'],
  [R, '部長、いつ戻るって？'],
  [R, '明日の会議、来るの？'],
  [R, 'もう帰るの？'],
  [R, 'それは本当かい？'],
  [R, '君も展示会に行くのかい'],
  [R, '会議っていつだっけ？'],
  [R, '締め切りは何日だったっけ'],
  [R, '担当は誰だっけ？'],
  [R, '実はもう発送したんだ。'],
  [R, '今日は休みなんだ'],
  [R, '道が混んでいたんだよ。'],
  [R, '明日は行けないの。'],
  [R, 'どうして連絡をくれなかったの？'],
  [R, '在庫がもうないんだ。'],
  [R, 'この機能はとても便利なの。'],
  [R, '価格はいくらなの？'],
  [R, '何を準備すればいいの？'],
  [R, 'そういうことだったのか。'],
  [R, '本当にできるのかな'],
  [R, '先方は何て言っていた？'],
  [R, '課長が今日は早退するって言ってた。'],
  [R, '知らなかったんだもん。'],
  [R, '何時に着くんだろう'],
  [R, '来週の件、どうなったの'],
  [R, 'それは誰が決めたの？'],
  [R, '工場長も賛成なんだってさ。'],
  [R, mail('先方の担当者は来月異動するんだって。')],
  [R, mail('お見積りはいつ頃になるの？')],
];

const F_FRAGMENTS_FORMS: Case[] = [
  [R, '了解、助かる'],
  [R, 'まあいいや'],
  [R, 'じゃあ明日ね'],
  [R, '集合は10時よ。'],
  [R, 'それはお互い様さ。'],
  [R, '先方に直接聞いてみたら？'],
  [R, '一度電話してみれば？'],
  [R, 'もう少し待ったらどう？'],
  [R, '書類をなくしちゃった。'],
  [R, '全部読んじゃった。'],
  [R, '今確認してる。'],
  [R, '資料はまとめとく。'],
  [R, '会議室、予約しといた。'],
  [R, 'それ、いいじゃん。'],
  [R, '問題ないじゃん'],
  [R, '了解っす。'],
  [R, '明日行くっす'],
  [R, 'りょ'],
  [R, 'りょです！'],
  [R, 'これ、見といて。'],
  [R, '資料送って'],
  [R, '図面を確認しといて'],
  [R, '早く来い。'],
  [R, 'ちゃんと読めよ。'],
  [R, '明日までに出せ。'],
  [R, 'ありがと！'],
  [R, 'おつかれー'],
  [R, '了解！'],
  [R, 'マジ助かる'],
  [R, 'サンキュー！'],
  [R, '持ってきてね'],
  [R, 'もう少し安くならないかな'],
  [R, mail('図面、確認しといてもらえる？')],
  [R, mail('見積もりの件、どうするか決めといて。')],
];

const N_NEAR_MISSES: Case[] = [
  ['', '資料を明日お送りします'],
  ['', 'ご確認ください'],
  ['', '承知いたしました'],
  ['', '先方からは「明日来る」と伺っております。'],
  ['', '部長は「納期は延ばせない」と申しておりました。'],
  ['', mail('納期：3週間\n数量：500個\n単価：1,200円（税別）')],
  ['', mail('【議題】\n・来期の予算について\n・新製品の開発状況')],
  ['', '在庫が少なくなると思いますので、お早めにご連絡ください。'],
  ['', '雨が降るかもしれませんが、予定どおり実施いたします。'],
  ['', '寒い日が続きますね。'],
  ['', 'その件は来週でよろしいですよね。'],
  ['', '大変助かりました。ありがとうございます！'],
  ['', '明日の会議は10時からですね？'],
  ['', '本日はありがとうございました'],
  ['', 'よろしくお願いいたします'],
  ['', '担当者が不在のため、明日改めてご連絡いたします'],
  ['', 'ご不明な点がございましたら、お気軽にお問い合わせください'],
  ['', mail('価格：1台あたり12万円（税別）\n納期：ご注文から2週間')],
  ['', '以上、よろしくお願いいたします。'],
  ['', '添付の資料をご確認いただけますでしょうか？'],
  ['', '先日はお忙しい中、ありがとうございました'],
  ['', '今後ともどうぞよろしくお願い申し上げます'],
  ['', 'ご参考までに、概要をまとめました'],
  ['', 'お手数ですが、ご返信をお願いいたします'],
  ['', '来週のご都合はいかがでしょうか'],
  ['', '「了解」という言葉は目上の方には使わないと言われております。'],
  ['', mail('ご検討いただきたい点は以下のとおりです。\n1. 目的\n2. スケジュール\n3. 費用')],
  ['', '出荷は来週になる見込みです'],
  ['', 'お送りいただいた資料、拝見しました'],
  ['', '資料送って。', INTERNAL],
  ['', '了解、明日までにやっとく！', INTERNAL],
  ['', '申し訳ございませんが、今週は難しい状況です'],
  ['', '今回のご提案、大変興味深く拝見いたしました！'],
  ['', '先方は来週ご来社されるとのことです。'],
  ['', 'ご依頼の件は、明日対応する予定です'],
  ['', 'もし可能であれば、来週お時間をいただけますか？'],
  ['', '修正版をお送りしますので、ご確認のほどお願いいたします'],
  ['', 'そうなんですね、承知いたしました'],
  ['', '進捗はいかがでしょうか？'],
  ['', 'お疲れさまです。営業部の田中です。', INTERNAL],
  ['', mail('■ 変更点\n・納期を6月20日に変更\n・数量を500個に変更')],
  ['', '工場長が「これは良い」とおっしゃっていたと伺いました。'],
];

// Round 30 (chatline30): round 29's known misses, now read — a line with no 。 that lib/chat-line.ts reads as chat (its
// final chunk reports, states or thinks, or a verb is told with a topic or a word of time; a label, a name, a step or
// a field stays a label line), and a feeling noun with ！ after its topic (楽しみ！). Withdrawn at round 29's
// integration because the old reading also flagged a shop name over its addressee (「暮らしの道具 あわい」, AV) —
// that line and its kind are near misses in classes-r30-chatline.
const READ_IN_R30: Case[] = [
  [R, 'あとで確認する'],
  [R, '来週の打ち合わせ、楽しみ！'],

  [R, '資料、もう送った'],
  [R, '今日は雨だから行かない'],
  [R, '今週は忙しくて手が回らない'],
  [R, '先方にはもう連絡した\n明日また相談しよう'],
  [R, '会議室は押さえておいた'],
  [R, '少し遅れる'],
  [R, '配送状況を調べてみる'],
  [R, 'この件は部長に聞かないとわからない'],
  [R, '今日中に返事する'],
  [R, '午後なら空いている'],
  [R, 'あの店のラーメンは美味しかった'],
  [R, '請求書はまだ来ていない'],
  [R, '予算的には厳しい'],
  [R, 'その映画は見たことがない'],
  [R, '見積書は金曜に出せると思う'],
  [R, mail('ご依頼の件、すぐに対応する')],
  [R, mail('明日の会議は予定どおり行う\n資料は当日配る')],
];

const categoriesOf = (body: string, context: DraftContext, expected: string) => {
  const findings = engine.analyze({ body, context });
  const cats = [...new Set(findings.map((f) => f.category))].filter((c) => c !== 'calendar');
  return expected === '' ? cats.sort().join(',') : (cats as string[]).includes(expected) ? expected : cats.sort().join(',');
};

describe.each([
  ['U a segment with no final 。', U_UNTERMINATED],
  ['Q quotative って, の/かい/っけ questions, explanatory の', Q_QUOTE_QUESTION],
  ['F fragments and chat forms', F_FRAGMENTS_FORMS],
  ['N polite near misses that stay clean', N_NEAR_MISSES],
  ['R round 29 known misses read in round 30 (unpunctuated chat lines)', READ_IN_R30],
] as const)('%s', (_name, cases) => {
  it.each(cases)('[%s] %#', (expected, body, context = CLIENT) => {
    const findings = engine.analyze({ body, context });
    expect(categoriesOf(body, context, expected), `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`).toBe(expected);
  });
});
