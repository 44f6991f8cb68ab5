// Round 16 (ja), classes J1–J4 of /work/CLASSES-r16.md in wordings of our own (never a corpus's):
// J1 bad news as counts, lists and plain-text tables: a count of our goods out of a whole with something found
//    in it (500台中、12台に異音がございました), label-and-value lines whose value is an end, a lack or an unknown of
//    what the client is served (延長サポート：提供予定なし, 納期：未定), an arrow that cuts what the client
//    receives or charges what was free (年4回 → 年2回, 無料 → 1件あたり3,000円), and a table row read against its
//    header's old and new columns (品番　現行単価　新単価); near misses: なし of a charge, improvements, a
//    quotation's columns, a finding denied, the same news with an apology and an offer to explain.
// J2 refusals and withdrawals as the answer: an offer of ours taken back (…割引は、取り消しとさせていただきます),
//    our standing "we do not" with its ground before it (…は、システムの仕様上、行っておりません), no plan to make
//    what the client asked for (…を作成する予定はありません); near misses: a charge waived, a cushioned no, a
//    routine we do keep, a question about plans.
// J3 cold outreach with outcome claims: a first mail to a stranger with no introduction that claims results in
//    figures, or promises them to the reader, and asks them to weigh the pitch or advises them to buy; near
//    misses: an introduction, their enquiry, a thanked encounter, a door left open, a client.
// J4 calendar: a time in a foreign zone named in Japanese (東部時間, 中部時間, 英国時間, 中央ヨーロッパ時間,
//    台湾時間…) outside Tokyo hours once converted; a first meeting given as a 【日時】 block, or as a block
//    above a condition about their reply (ご返信がない場合), with no attendees; near misses: hours inside Tokyo's
//    day, 中部地方, a block that names who attends.
import { describe } from 'vitest';
import { run } from '../calendar/case-table';
import { classTables } from './refusal-honorific-table';

const PROSPECT_FIRST = { recipient: 'prospect' as const, firstContact: true, now: '2026-05-11' };
const mail = (body: string) => `株式会社サンプル工業\n購買部 ご担当者様\n\n${body}\n\nよろしくお願いいたします。`;
const cold = (pitch: string) => mail(`はじめまして。株式会社ミドリ物流の田中と申します。\n${pitch}`);

classTables([
  {
    name: 'J1: bad news as counts, lists and aligned tables, with no apology, reason or offer',
    category: 'bad-news',
    flagged: [
      // a count out of a whole with something found in it
      ['先週納品したロットのうち、120個に打痕がありました。', '120個に打痕がありました'],
      ['出荷分2,000本のうち、35本でラベルの剥がれが見られました。', '35本でラベルの剥がれが見られました'],
      ['検査した500台中、12台に異音がございました。', '12台に異音がございました'],
      // label-and-value lines
      ['保守契約の今後について、下記のとおりご案内いたします。\n・標準サポート：2027年3月末まで\n・延長サポート：提供予定なし', '下記のとおりご案内いたします'],
      ['ご注文品の状況は以下です。\n品番：KT-300\n納期：未定', '納期：未定'],
      ['ご注文品の状況は以下です。\n・在庫：欠品（入荷時期未定）', '在庫：欠品'],
      ['ご注文品の状況は以下です。\n・残り300セット：出荷時期未定', '残り300セット：出荷時期未定'],
      ['旧型品の扱いは次のとおりです。\n・旧型フィルターFX-1　販売終了日：2026年9月30日', '旧型品の扱いは次のとおりです'],
      ['サービス内容の変更点は次のとおりです。\n・土曜配送：廃止', 'サービス内容の変更点は次のとおりです'],
      ['今回の出荷について。\n・不足数：80個不足', '不足数：80個不足'],
      // arrows against the client
      ['来年度の保守内容は以下のようになります。\n・定期点検：年4回 → 年2回', '来年度の保守内容は以下のようになります'],
      ['来月からの変更点です。\n・夜間の電話受付：無料 → 1件あたり3,000円', '無料 → 1件あたり3,000円'],
      // plain-text tables read by their header's columns
      ['品番　　　　現行単価　　新単価\nAX-10　　　　2,400円　　　2,750円\nAX-20　　　　3,100円　　　3,560円', 'AX-10　　　　2,400円　　　2,750円'],
      ['品目　　　　　　旧料金　　　改定後\n基本保守　　　　¥48,000　　¥55,000', '¥48,000　　¥55,000'],
      ['区分　　　　現行納期　　新納期\n標準品　　　10日　　　　　21日', '10日　　　　　21日'],
    ],
    clean: [
      'お見積りの条件です。\n・追加費用：なし',
      '前回からの変更点：なし',
      'ご注文品の状況です。\n・納期：6月10日（予定どおり）',
      '打ち合わせ場所の変更です。\n・会議室：3F → 5F',
      '来年度の保守内容です。\n・定期点検：年2回 → 年4回',
      '品番　　　　現行単価　　新単価\nAX-10　　　　2,750円　　　2,400円',
      '品番　　　数量　　単価　　金額\nAX-10　　　10個　　1,200円　　12,000円',
      '検査した500台のうち、12台に異常は見られませんでした。',
      '誠に申し訳ございません。先週納品したロットのうち、120個に打痕がありました。改めてお伺いしてご説明いたします。',
      '大変申し訳ございませんが、ご注文品の状況は以下のとおりです。\n納期：未定\n詳しくは改めてお電話でご説明いたします。',
    ],
  },
  {
    name: 'J2: a refusal or a withdrawal as the answer, with no cushion',
    category: 'blunt-refusal',
    flagged: [
      ['先月お約束した5%の割引は、取り消しとさせていただきます。', '取り消しとさせていただきます'],
      ['ご提示していた特別価格は撤回いたします。', '撤回いたします'],
      ['初回特典の無償点検は、なしとさせていただきます。', 'なしとさせていただきます'],
      ['ご案内したポイント還元は取り消します。', '取り消します'],
      ['請求書の発行は、システムの仕様上、行っておりません。', '行っておりません'],
      ['夜間の作業は、社内規定により行っておりません。', '行っておりません'],
      ['手形でのお支払いにつきましては、弊社の規定上、行っておりません。', '行っておりません'],
      ['英語版の取扱説明書を翻訳する予定はございません。', '予定はございません'],
      ['日本語のマニュアルは作成する予定はありません。', '予定はありません'],
      ['専用の梱包を用意する予定もありません。', '予定もありません'],
      ['個人名義でのご契約はお受けしておりません。', 'お受けしておりません'],
      ['ご提案の条件はNGです。', 'NGです'],
      ['追加サンプルのご提供は対象外です。', '対象外です'],
    ],
    clean: [
      'キャンセル料はなしとさせていただきます。',
      'ご注文の取り消しは承っております。',
      '誠に恐れ入りますが、先月ご案内した割引は、見送らせていただきたく存じます。',
      '値上げの予定はございません。',
      '検査は、品質管理上、毎日行っております。',
      '資料を作成する予定はございますか。',
      '申し訳ございませんが、請求書の発行は、システムの仕様上、いたしかねます。',
    ],
  },
  {
    name: 'J3: a first mail to a stranger that claims results and asks them to weigh the pitch',
    category: 'cold-outreach',
    context: PROSPECT_FIRST,
    flagged: [
      cold('同業他社様では、年間800万円の物流費削減を実現しました。貴社でも同様の効果が見込めますので、ぜひご検討ください。'),
      cold('貴社のホームページを拝見し、ご連絡いたしました。\n弊社の倉庫管理システムを導入された企業様では、出荷ミスが8割減りました。\n貴社でも同じ成果をお約束できます。'),
      cold('展示会の出展者一覧で貴社を知りました。\n弊社サービスは、導入企業の9割以上で人件費が2割下がっています。\n詳しい資料を添付しましたので、ご一読ください。'),
      cold('弊社のピッキング装置は、導入した工場で作業時間を平均40%短縮しています。\nぜひ一度、ご検討いただけますと幸いです。'),
      cold('商工会議所の名簿で貴社を拝見しました。\n弊社では、会議と懇親会をまとめてお受けしております。\n今月中にご契約いただくのが安全です。'),
      cold('弊社の検査AIを採用したお客様は、不良の見逃しを半分に減らしました。\n貴社におきましても、同様の改善が期待できます。'),
      cold('業界紙で貴社の新工場の記事を拝見しました。\n弊社の省エネ空調は、同規模の工場で電気代を年間1,500万円抑えた実績がございます。\nぜひご導入をご検討ください。'),
      cold('弊社の研修を導入いただいた企業様では、新人の離職率が30%から12%に下がりました。\n資料をお送りしますので、ぜひご覧ください。'),
      cold('弊社の物流サービスは、多くのお客様で配送コストを2割以上削減しております。\n早めのご契約がおすすめです。'),
      cold('同業の食品メーカー様では、弊社の包装機で生産性が1.5倍に向上しました。\n貴社でも同じ効果を実現できます。'),
      cold('弊社システムの導入事例では、月末の締め作業が5日から2日に短縮されました。\n添付のご案内をご一読いただけますと幸いです。'),
      cold('御社の採用ページを拝見しました。\n弊社の求人広告は、掲載企業の応募数を平均3倍に増やしています。\nぜひご検討いただけませんでしょうか。'),
    ],
    clean: [
      mail('はじめまして。株式会社ミドリ物流の田中と申します。\n株式会社ヒビキ化成の三宅様よりご紹介をいただき、ご連絡いたしました。\n同業他社様では、年間800万円の物流費削減を実現しました。ぜひご検討ください。'),
      mail('このたびは弊社サービスについてお問い合わせいただき、誠にありがとうございます。\n導入企業様では、出荷ミスが8割減りました。ぜひご検討ください。'),
      mail('先日は展示会にて弊社ブースにお立ち寄りいただき、ありがとうございました。\n弊社の装置は、導入した工場で作業時間を40%短縮しています。ぜひご検討ください。'),
      cold('弊社は倉庫管理システムを提供しております。\nご関心がございましたら、資料をお送りいたしますので、お知らせいただけますと幸いです。'),
      cold('弊社の装置は、導入した工場で作業時間を40%短縮しています。\nご興味がございましたら、資料をご覧ください。'),
      cold('弊社は創業50年の物流会社です。\n今後ともよろしくお願い申し上げます。'),
    ],
  },
]);

// Calendar: 2026-06-01 is a Monday; June 9 a Tuesday (daylight saving in the US and Europe).
const jun = '2026-06-01';
const OBH = 'outside-business-hours';
const FMA = 'first-meeting-attendees';
const who = '出席者は弊社の佐藤と私です。';

describe('J4a: a time in a foreign zone named in Japanese, outside Tokyo hours once converted', () => {
  run([
    { now: jun, body: `お打ち合わせは、東部時間6月9日（火）午後5時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午後5時']] },
    { now: jun, body: `お打ち合わせは、中部時間6月9日（火）午後3時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午後3時']] },
    { now: jun, body: `お打ち合わせは、山岳部時間6月9日（火）午後1時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午後1時']] },
    { now: jun, body: `お打ち合わせは、西部時間6月9日（火）午前10時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午前10時']] },
    { now: jun, body: `お打ち合わせは、英国時間6月9日（火）午後3時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午後3時']] },
    { now: jun, body: `お打ち合わせは、中央ヨーロッパ時間6月9日（火）午後2時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午後2時']] },
    { now: jun, body: `お打ち合わせは、台湾時間6月9日（火）午後6時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午後6時']] },
    { now: jun, body: `お打ち合わせは、シンガポール時間6月9日（火）午後7時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午後7時']] },
    { now: jun, body: `お打ち合わせは、6月9日（火）東部時間午後3時からでお願いできますか。${who}`, expect: [[OBH, '6月9日（火）東部時間午後3時']] },
    { now: jun, body: `お打ち合わせは、6月9日（火）東部標準時間の午後4時からでお願いできますか。${who}`, expect: [[OBH, '6月9日（火）東部標準時間の午後4時']] },
    { now: jun, body: `お電話は、ボストン時間6月9日（火）午前9時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午前9時']] },
    { now: jun, body: `お電話は、ダラス時間6月9日（火）午前11時からでいかがでしょうか。${who}`, expect: [[OBH, '6月9日（火）午前11時']] },
    // Clean: the same zones at hours inside Tokyo's day, and a region of Japan.
    { now: jun, body: `お打ち合わせは、英国時間6月9日（火）午前9時からでいかがでしょうか。${who}`, expect: [] },
    { now: jun, body: `お打ち合わせは、中央ヨーロッパ時間6月9日（火）午前8時からでいかがでしょうか。${who}`, expect: [] },
    { now: jun, body: `お打ち合わせは、台湾時間6月9日（火）午後1時からでいかがでしょうか。${who}`, expect: [] },
    { now: jun, body: `お打ち合わせは、東部時間6月9日（火）午後8時（日本時間6月10日午前9時）からでいかがでしょうか。${who}`, expect: [] },
    { now: jun, body: `中部地方の工場見学は、6月9日（火）午後2時からでいかがでしょうか。${who}`, expect: [] },
    { now: jun, body: `お打ち合わせは、シンガポール時間6月9日（火）午前10時からでいかがでしょうか。${who}`, expect: [] },
  ]);
});

describe('J4b: a first meeting given as a dated block with no attendees', () => {
  const p = { recipient: 'prospect' as const, kind: 'meeting-invite' as const, now: jun };
  run([
    { ...p, body: '渡辺様\n\n新システムのご紹介について、お時間をいただけますと幸いです。\n\n【日時】2026年6月9日（火）15:00〜15:45\n【場所】貴社 本社', expect: [[FMA, '新システムのご紹介について、お時間をいただけますと幸いです。\n\n【日時】2026年6月9日（火）15:00〜15:45']] },
    { ...p, body: '渡辺様\n\n初回のお打ち合わせを下記のとおりご案内いたします。\n\n［日時］2026年6月9日（火）10:00〜11:00\n［場所］オンライン', expect: [[FMA, '初回のお打ち合わせを下記のとおりご案内いたします。\n\n［日時］2026年6月9日（火）10:00〜11:00']] },
    { ...p, body: '渡辺様\n\n初回のお打ち合わせを下記のとおりご案内いたします。\n\n日時：2026年6月9日（火）14:00〜15:00\n場所：オンライン（Teams）\n\nなお、1週間以内にご返信がない場合は、本件はなかったものとさせていただきます。', expect: [[FMA, '初回のお打ち合わせを下記のとおりご案内いたします。\n\n日時：2026年6月9日（火）14:00〜15:00']] },
    // Clean: the block names who attends; a chase of our unanswered mails is cold outreach's.
    { ...p, body: '渡辺様\n\n新システムのご紹介について、お時間をいただけますと幸いです。\n\n【日時】2026年6月9日（火）15:00〜15:45\n【場所】貴社 本社\n【弊社出席者】営業部長 佐藤、担当 田中', expect: [] },
    { ...p, body: '渡辺様\n\n先月お送りしたご案内にご返信がなかったため、改めてご連絡いたしました。\n\n日時：2026年6月9日（火）14:00〜15:00\n場所：オンライン', expect: [] },
  ]);
});
