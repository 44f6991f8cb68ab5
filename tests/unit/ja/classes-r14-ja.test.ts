// Round 14 (ja), classes M6, H3 and H4 in wordings of our own (never a corpus's):
// M6 a partial fulfilment of an order told as figures (ordered N, handed over M < N), with what is left told in
//    the next sentence: one bad-news finding over the run, so a quote of either sentence meets it; near misses:
//    with an apology and a reason, a full shipment, the client's own split-delivery request.
// H3 ご〜される / お〜になる about the client is respectful, not humble; still flagged: ご〜する / お〜する /
//    させていただく for the client's acts, and ご〜して in a て-chain before a request to the reader.
// H4 a pushy follow-up: the no-reply reproach is what the finding covers (when a mail has one).
import { describe, expect, it } from 'vitest';
import { classTables, inCategory } from './refusal-honorific-table';

const PROSPECT = { recipient: 'prospect', firstContact: false, now: '2026-09-14' } as const;

const M6_RUNS: [text: string, first: string, rest: string][] = [
  ['ご注文の緩衝材200ケースにつきまして、本日の発送は120ケースとなります。\n残り80ケースの発送日は未定です。', '本日の発送は120ケース', '残り80ケース'],
  ['ご発注いただいた3,000個のうち、今週出荷できるのは1,800個です。\n残りの1,200個は来月以降になります。', '1,800個', '残りの1,200個'],
  ['今回お届けできたのは、ご注文のロール40本中25本でした。\n残る15本は次回の便での納品となります。', '25本', '残る15本'],
  ['ご注文の作業着120着について、今月は70着をお送りします。\n残りの50着は入荷待ちです。', '70着', '残りの50着'],
];

classTables([
  {
    name: 'M6: a partial fulfilment in figures, with or without the rest told after it',
    category: 'bad-news',
    flagged: [
      ...M6_RUNS.map(([t, first]): [string, string] => [t, first]),
      ...M6_RUNS.map(([t, , rest]): [string, string] => [t, rest]),
      ['ご依頼いただいた50ライセンスのうち、今月発行できるのは30ライセンスです。', '30ライセンス'],
      ['ご注文の消毒液（500mL）240本につきまして、今回の納品は160本のみとなります。', '160本'],
      ['ご注文の300台ですが、来週お届けできるのは180台です。', '180台'],
      ['ご注文いただいたパレット10枚中6枚を本日出荷いたしました。\n残り4枚の出荷時期は決まっておりません。', '6枚'],
      ['先日ご注文のトナー60箱のうち、本日は36箱を発送いたします。', '36箱'],
      ['ご発注の1,000部について、初回の納品は600部となります。\n残りの400部は来月中旬の予定です。', '残りの400部'],
      ['ご注文の部品は、500個のご注文に対し、今週の出荷は320個です。', '320個'],
      ['ご注文の検査キット80セットは、本日40セットのみ出荷となります。', '40セット'],
    ],
    clean: [
      '大変申し訳ございませんが、原料の入荷が遅れているため、ご注文の200ケースのうち本日の発送は120ケースとなります。\n残り80ケースは来週お届けいたします。',
      'ご注文の緩衝材200ケースにつきまして、本日200ケースすべてを発送いたしました。',
      'ご依頼のとおり、ご注文の3,000個のうち1,800個を今週、残り1,200個を来月に分けて出荷いたします。',
      'ご希望どおり、ご注文の120着のうち70着を本社へ、50着を工場へお届けいたします。',
      'ご注文の300台は、来週すべてお届けいたします。',
      '誠に申し訳ございません。ご注文の300台のうち、来週お届けできるのは180台です。\n改めてお電話でご説明いたします。',
      '残りの在庫は200ケースございますので、追加のご注文も承れます。',
      'ご注文の40セットにつきまして、本日40セットを出荷いたしました。\n請求書は別途お送りいたします。',
    ],
  },
  {
    name: 'H3: ご〜される / お〜になる about the client is respectful',
    category: 'honorific',
    flagged: [
      ['添付の見積書をご確認して、ご意見をお聞かせください。', 'ご確認して'],
      ['申込書にご記入して、月末までにご返送ください。', 'ご記入して'],
      ['資料をお読みして、ご感想をいただけますでしょうか。', 'お読みして'],
      ['佐藤様がご説明いたしました内容で進めます。', 'ご説明いたしました'],
      ['内容をご確認してください。', 'ご確認してください'],
      ['受付で少々お待ちしてください。', 'お待ちしてください'],
      ['当日は田中様も出席させていただきます。', '出席させていただきます'],
      ['山田様がお送りした見積書を拝見しました。', 'お送りした'],
    ],
    clean: [
      '石川様が物流システムの刷新をご検討されていると伺い、ご連絡いたしました。',
      '佐藤様がご出席される予定と伺っております。',
      '貴社がご導入された生産管理システムについて、ご説明いたします。',
      // Round 19: お + a 和語 verb's 連用形 + される (お話しされた) is flagged now — する's humble frame under a respect れる;
      // its respect form is お話しになった (ja.honorific.double-keigo; a blind writer of set R labelled it). ご + 漢語 + される stays.
      '山田様がご来社される際は、受付にお声がけください。',
      'ご担当者様がご確認されましたら、ご一報いただけますと幸いです。',
      '皆様がご利用されている会議室の予約システムについてです。',
      '加藤様はご出張されていると伺いました。',
      '佐藤様がお戻りになりましたら、お電話をいただけますでしょうか。',
      '先日お読みになった資料の改訂版をお送りいたします。',
      '改めてご説明して、日程をご相談させてください。',
      '弊社からお電話して、詳細をご説明いたします。',
      'カタログをお持ちしてご説明することもできますので、お気軽にお申し付けください。',
      '見本をお持ちして、佐藤様に手触りをご確認いただければと存じます。',
      '現在お出ししている見積書は今月末まで有効ですので、ご安心ください。',
      '担当の技術者がお伺いして調整いたしますので、ご都合の良い日をお知らせください。',
    ],
  },
  {
    name: 'H4: the no-reply reproach in a chase',
    category: 'cold-outreach',
    context: PROSPECT,
    flagged: [
      ['先月から何度かご連絡を差し上げておりますが、まだお返事をいただけておりません。\n10分だけでも結構ですので、お時間をいただけますでしょうか。', 'まだお返事をいただけておりません'],
      ['これまで3回ご案内をお送りしましたが、ご返信がないため、改めてご連絡いたしました。', 'ご返信がないため'],
      ['再三ご連絡しておりますが、いまだにご回答をいただけておりません。', 'いまだにご回答をいただけておりません'],
      ['ご返信がまだのようですので、再度ご案内をお送りします。\n明日お電話いたします。', 'ご返信がまだのようですので'],
      ['先週お送りした提案書について、まだご返答をいただいておりません。', 'まだご返答をいただいておりません'],
      ['お返事をお待ちしておりますが、その後いかがでしょうか。', 'お返事をお待ちしておりますが'],
    ],
    clean: [
      '先日ご案内をお送りいたしました。行き違いでしたらご容赦ください。ご関心がございましたら、いつでもお気軽にご連絡ください。',
      '来月改めてご連絡するようにとのことでしたので、ご案内をお送りいたします。',
      '先日はお打ち合わせのお時間をいただき、ありがとうございました。議事録をお送りいたします。',
      'ご返信ありがとうございます。来週の日程で承知いたしました。',
      'ご不要でしたら、どうぞお気になさらないでください。',
      'お問い合わせいただいた資料をお送りいたします。',
    ],
  },
]);

describe('M6: one finding over the run of news sentences', () => {
  it.each(M6_RUNS)('covers both sentences of %s', (text, first, rest) => {
    const found = inCategory(text, 'bad-news', 'client');
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBeLessThanOrEqual(text.indexOf(first));
    expect(found[0]!.end).toBeGreaterThanOrEqual(text.indexOf(rest) + rest.length);
  });
});
