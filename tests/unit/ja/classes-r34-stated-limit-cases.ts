// Round 34 (refja34): three classes of a Japanese refusal that answers the client's ask with a practice, limit or way of
// ours (issue 9: "refusals in any verb … with no cushion, whatever the verb"), written for this round without reading the
// held-out sets, each with near misses that must stay clean:
// (1) a negated practice of ours (〜していません / 〜はやっておりません / 〜は扱っていません / 〜は受けていません / うちではやってません),
//     answering an item the client asked for, in a sentence or as an answer line of a list;
// (2) the terms kept as they are (従来通り / これまで通り / 現行のまま / 据え置き / 変更はございません) in answer to their ask to change them;
// (3) one way named as the only one (〜のみとなります / 〜に限らせていただいております / 〜だけとなります) in answer to their wish for another.
// Near misses: a product's specification in a description, a third party's practice, a question, a cushioned no with an
// alternative, a fact answered to a question for information, terms restated in a summary nobody asked to change, a change
// that helps the client, a wish to keep the terms granted.
// Each case: [subject, body, quote] (a blunt-refusal finding must overlap the quote) or [subject, body] (no blunt-refusal
// finding at all).
import { jaOgawa as mail } from '../mail-wrappers';

export type Case = [subject: string, body: string, quote?: string];

/** Class 1: a negated practice of ours answering what the client asked for. */
export const PRACTICE_R34: Case[] = [
  ['Re: 新色サンプルの件', mail('新色サンプルのご依頼、ありがとうございます。色見本の追加作成はしていません。'), 'していません'],
  ['Re: 新色サンプルの件', mail('新色サンプルのご依頼、ありがとうございます。色見本の追加作成はしていません。\n既存の6色でしたら、来週中にお送りできます。'), 'していません'],
  ['Re: ご質問', mail('ご質問いただいた件、下記のとおり回答いたします。\n\n1. 収穫分の予約：3月末までにご連絡いただければ確保いたします。\n2. 30kg単位の小分け出荷：うちではやってません。\n3. 袋の変更：追加費用なしで対応いたします。'), 'やってません'],
  ['Re: 小分けのご依頼', mail('小分けのご依頼の件ですが、当社では1kg単位の小分けは扱っていません。'), '扱っていません'],
  ['Re: 名入れのご要望', mail('ご要望の名入れは、弊社ではやっておりません。'), 'やっておりません'],
  ['Re: 短納期のご相談', mail('ご相談の特急加工は、うちでは受けていません。'), '受けていません'],
  ['Re: 返品のご依頼', mail('返品のご依頼ですが、開封後の返品は受け付けていません。'), '受け付けていません'],
  ['Re: 海外発送', mail('> 台湾の工場へ直接発送していただけますか。\n海外への直接発送はしていません。'), 'していません'],
  ['Re: 試作のお願い', mail('試作のご依頼、ありがとうございます。単品での試作はやってないです。'), 'やってない'],
  ['Re: 英文書類のご依頼', mail('ご依頼の英文の成績書は、弊社では発行していません。'), '発行していません'],
  ['Re: ご要望への回答', mail('ご要望について回答いたします。\n・土日の配送：うちではやってません。\n・時間指定：午前・午後のみ承ります。'), 'やってません'],
  ['Re: 分割納品のご相談', mail('分割納品のご相談ですが、当社では分納は行っていません。'), '行っていません'],
  ['Re: 着払いのご希望', mail('着払いでのご発送のご希望ですが、弊社では着払いは扱ってません。'), '扱ってません'],
  ['Re: 見学のお願い', mail('> 来月、工場を見学させていただけますか。\n工場の見学は受けてません。'), '受けてません'],
  ['Re: 代理店のご相談', mail('代理店契約のご相談、ありがとうございます。弊社では代理店の募集はしておりません。'), 'しておりません'],
  ['Re: 校正刷りのご依頼', mail('ご依頼の色校正は、うちではやっていないです。'), 'やっていない'],
];

/**
 * Open (not asserted; main reads them the same): our practice told with nothing asked, in the plain ていません form, which
 * ja.blunt-refusal.unsoftened-refusal's sentence path reads as a no without seeing the thread.
 */
export const OPEN_PRACTICE_CLEAN_R34: Case[] = [
  ['会社案内', mail('弊社では動物実験は行っていません。')],
  ['品質方針', mail('当社は再生材を一切使用していません。')],
];

export const PRACTICE_CLEAN_R34: Case[] = [
  // A product's specification in a description.
  ['製品のご案内', mail('本製品は防水仕様ではありません。屋内でのご使用をお願いいたします。')],
  ['仕様のご案内', mail('この機種は100V電源には対応していません。')],
  // A third party's practice.
  ['配送について', mail('運送会社は日曜日の集荷をしていません。')],
  // A question.
  ['Re: 小分け', mail('小分けの出荷はしていませんか？')],
  // A cushioned no with an alternative.
  ['Re: 小分けのご依頼', mail('あいにく小分けは承っておりませんが、5kg単位でしたらご用意できます。')],
  ['Re: 名入れのご要望', mail('恐れ入りますが、名入れはやっておりません。代わりにシールでの対応をご提案いたします。')],
  // Not yet done (a report).
  ['Re: 見積りのご依頼', mail('ご依頼のお見積りは、まだ作成していません。明日お送りいたします。')],
  // Our practice told with nothing asked.
  ['会社案内', mail('弊社の工場では有機溶剤を使用しておりません。')],
  ['品質方針', mail('当社の製品には再生材を一切使用しておりません。')],
  // A fact answered to a question for information.
  ['Re: 在庫', mail('Q. 在庫はございますか？\nA. 現在、在庫はございません。4月中旬に入荷予定です。')],
  // A good news no.
  ['Re: 費用', mail('ご質問の件、追加費用はいただいておりません。')],
  // The client's own no quoted.
  ['Re: ご回答', mail('「今回は発注しません」とのご連絡をいただき、承知いたしました。')],
  // A list answer that grants.
  ['Re: ご質問', mail('ご質問いただいた件、回答いたします。\n1. 小分け出荷：対応いたします。\n2. 時間指定：承ります。')],
  // A practice of ours that grants what they asked (we do not charge for it).
  ['Re: 小分けのご依頼', mail('小分けのご依頼ありがとうございます。小分けの手数料はいただいておりません。')],
  // A cushioned list no.
  ['Re: ご質問', mail('ご質問の件、回答いたします。\n・30kgの小分け：申し訳ございませんが、対応いたしかねます。')],
  // A state of a thing.
  ['Re: 納品', mail('ご注文の部品は、まだ届いていません。')],
];

/** Class 2: the terms kept as they are, answering their ask to change them. */
export const KEPT_R34: Case[] = [
  ['Re: お支払い条件のご相談', mail('お支払いサイトを60日に延長したいとのご相談について、お返事いたします。\nお支払い条件は従来通り、出荷後30日です。'), '従来通り'],
  ['Re: 単価のご相談', mail('単価の引き下げのご相談について、回答いたします。\n単価はこれまで通り、1個あたり820円です。'), 'これまで通り'],
  ['Re: 納期のご相談', mail('納期の前倒しのご要望について、お返事いたします。\n納期は従来どおり、5月20日です。'), '従来どおり'],
  ['Re: 最低ロットのご相談', mail('最低ロットを100個に変更したいとのご相談ですが、最低ロットは現行のまま500個となります。'), '現行のまま'],
  ['Re: 価格見直しのお願い', mail('価格の見直しのご依頼について、お返事いたします。\n価格は据え置きです。'), '据え置き'],
  ['Re: 支払方法の変更', mail('手形払いに切り替えたいとのご要望について回答します。\nお支払い方法に変更はございません。'), '変更はございません'],
  ['Re: 保証期間延長のご相談', mail('保証期間延長のご相談、拝見しました。\n保証期間はこれまでどおり1年間です。'), 'これまでどおり'],
  ['Re: 送料のご相談', mail('送料の減額のご要望について回答いたします。\n送料は従来通り、1件1,500円となります。'), '従来通り'],
  ['Re: 契約期間のご相談', mail('契約期間を短縮したいとのご相談について。\n契約期間は今まで通り2年間です。'), '今まで通り'],
  ['Re: 検査頻度のご相談', mail('検査頻度の緩和のご相談ですが、検査は従来通り、全数検査です。'), '従来通り'],
  ['Re: 値引きのお願い', mail('ご連絡ありがとうございます。\n価格は現行どおりです。'), '現行どおり'],
  ['Re: 締め日変更のご相談', mail('締め日を20日に変更したいとのご相談について。\n締め日は従来どおり月末です。'), '従来どおり'],
  ['Re: ご相談への回答', mail('分割払いにしたいとのご相談にお答えします。\n・お支払い：従来通り一括払いです。'), '従来通り'],
  ['Re: 単価のご相談', mail('単価を下げていただきたいとのご要望について回答いたします。\n単価の変更の予定はございません。'), '変更の予定はございません'],
  ['Re: 梱包仕様のご相談', mail('梱包を簡易包装に変えたいとのご相談について。\n梱包はこれまで通りとなります。'), 'これまで通り'],
  ['Re: 発注単位のご相談', mail('発注単位の見直しのご要望をいただきました。\n発注単位は従来通り、1ケース24本です。'), '従来通り'],
];

export const KEPT_CLEAN_R34: Case[] = [
  // Terms restated in a summary nobody asked to change.
  ['契約更新のご案内', mail('契約更新の内容を下記にまとめます。\nお支払い条件は従来通り、出荷後30日です。')],
  ['ご発注の確認', mail('ご発注ありがとうございます。\n納期は従来通り、ご発注から2週間です。')],
  // Their wish was to keep the terms: granted.
  ['Re: 単価据え置きのお願い', mail('単価据え置きのご要望について、お返事いたします。\n単価は従来通りとさせていただきます。')],
  ['Re: 価格改定のご相談', mail('値上げを見送っていただけないかとのご相談について。\n価格は現行のまま据え置きといたします。')],
  // A change that helps the client.
  ['Re: お支払い条件のご相談', mail('お支払いサイトを延長したいとのご相談について、お返事いたします。\nお支払いサイトを60日に延長いたします。')],
  // A cushion before it.
  ['Re: お支払い条件のご相談', mail('お支払いサイト延長のご相談、ありがとうございます。\n大変恐縮ですが、お支払い条件は従来通り、出荷後30日とさせていただいております。')],
  ['Re: 単価のご相談', mail('単価の引き下げのご相談について。\n誠に申し訳ございませんが、単価はこれまで通りとさせていただきたく存じます。')],
  // A fact answered to a question for information.
  ['Re: ご質問', mail('Q. 来期の単価に変更はありますか？\nA. 変更はございません。')],
  ['Re: 納期', mail('納期についてのお問い合わせですが、納期は従来通り2週間です。')],
  // A question of ours.
  ['Re: 締め日', mail('締め日を変更したいとのご相談ですが、これまで通り月末締めでよろしいでしょうか。')],
  // Good news kept: no rise.
  ['価格のご案内', mail('来年度も価格は据え置きといたします。')],
  // A change of ours told as news, then a promise.
  ['Re: 送料のご相談', mail('送料の減額のご要望について、社内で検討のうえ改めてご連絡いたします。\n現在の送料は従来通り1,500円です。')],
  // The client's terms, theirs.
  ['Re: 検収条件', mail('検収条件の変更のご相談について。\n貴社の検収条件は従来通りと伺っております。')],
  // A past report.
  ['Re: 変更のご相談', mail('ご相談の件、先月までは従来通りの条件でした。')],
  // What we go on doing for them.
  ['Re: 納品方法の変更', mail('納品方法の変更のご相談、承知いたしました。\n検品はこれまでどおり対応いたします。')],
  ['Re: 請求書送付の変更', mail('請求書を電子化したいとのご相談について。\n紙の請求書も従来どおり月末にお送りします。')],
  // A consult promised right after.
  ['Re: お支払い条件のご相談', mail('お支払いサイト延長のご相談について。\nお支払い条件は現状、従来通り出荷後30日です。\n上長と相談のうえ、改めてご連絡いたします。')],
];

/** Class 3: one way named as the only one, answering their wish for another. */
export const SOLE_R34: Case[] = [
  ['Re: ドル建てでのお支払い', mail('ドル建てでのお支払いのご希望について、お返事いたします。\nお支払いは円建てのみとなります。'), '円建てのみ'],
  ['Re: お支払い方法のご相談', mail('カード払いにしたいとのご相談ですが、お支払いは銀行振込に限らせていただいております。'), '銀行振込に限らせていただいております'],
  ['Re: 配送日のご希望', mail('土曜日の配送のご希望をいただきました。\n配送は平日のみです。'), '平日のみ'],
  ['Re: 通貨のご相談', mail('ユーロでの決済のご要望について。\n決済は日本円のみでございます。'), '日本円のみ'],
  ['Re: サンプルのご依頼', mail('サンプル10個のご依頼について、お返事いたします。\nサンプルは1社様につき3個までのみとなります。'), 'のみ'],
  ['Re: 納品場所のご相談', mail('2拠点に分けて納品したいとのご相談ですが、納品先は1か所のみとなります。'), '1か所のみ'],
  ['Re: 打ち合わせのご希望', mail('対面での打ち合わせのご希望、ありがとうございます。\nお打ち合わせはオンラインのみとなります。'), 'オンラインのみ'],
  ['Re: 包装のご要望', mail('個包装のご要望について回答いたします。\n包装は10個単位の箱詰めのみです。'), 'のみ'],
  ['Re: 支払い条件のご相談', mail('後払いにしたいとのご相談ですが、お取引は前払いに限らせていただいております。'), '前払いに限らせていただいております'],
  ['Re: 言語のご要望', mail('中国語版のマニュアルのご要望ですが、マニュアルは日本語版と英語版だけとなります。'), 'だけとなります'],
  ['Re: 発送方法のご希望', mail('航空便での発送のご希望について。\n発送は船便のみとなっております。'), '船便のみ'],
  ['Re: 契約形態のご相談', mail('月単位で契約したいとのご相談について、お返事いたします。\nご契約は年単位のみとなります。'), '年単位のみ'],
  ['Re: 見積通貨', mail('見積書を米ドルで出していただきたいとのご依頼ですが、見積書は円建てのみです。'), '円建てのみ'],
  ['Re: 設置のご依頼', mail('設置作業のご依頼について。\n作業は平日日中のみとなります。'), 'のみ'],
  ['Re: ご相談への回答', mail('夜間受け入れのご相談にお答えします。\n・受け入れ時間：9時〜17時のみとなります。'), 'のみ'],
];

export const SOLE_CLEAN_R34: Case[] = [
  // A product's description: nothing asked.
  ['新製品のご案内', mail('本製品は国内のみの販売となります。')],
  ['会社案内', mail('弊社の工場は国内のみです。')],
  // A note beside what we granted.
  ['Re: 資料のご依頼', mail('ご依頼の資料をお送りします。\n資料は日本語版のみとなります。')],
  // A fact answered to a question for information.
  ['Re: 対応言語', mail('対応言語についてのご質問ですが、日本語と英語のみとなります。')],
  ['Re: 在庫', mail('Q. 在庫はございますか？\nA. 在庫は東京倉庫のみとなります。')],
  // Integration (round 34, score-all on the development corpora): stock or room left is a shortage or scarcity, not a way.
  ['Re: 追加生産のご依頼', mail('追加生産のご依頼をいただきました。\n現在の在庫は大阪倉庫に38㎡のみです。')],
  ['Re: 試作のご相談', mail('試作のご相談ありがとうございます。\n成形機の9月の空き時間が、現在2日分だけ残っております。')],
  ['Re: 追加注文のご希望', mail('追加注文のご希望について、お返事いたします。\n手持ちの原反は200mのみとなります。')],
  // What we can do: an offer.
  ['Re: 土曜配送のご希望', mail('土曜配送のご希望について、平日のみでしたら翌日配送も可能です。')],
  ['Re: 打ち合わせのご希望', mail('打ち合わせのご希望、ありがとうございます。午前中のみ対応可能です。')],
  // An addition, not a limit.
  ['Re: 支払い通貨のご希望', mail('ドル建てのご希望について。\n今後は円建てのみならず、ドル建てでも承ります。')],
  // A cushion before it.
  ['Re: ドル建てでのお支払い', mail('ドル建てでのお支払いのご希望について。\n恐れ入りますが、お支払いは円建てのみとさせていただいております。')],
  // A third party's practice.
  ['Re: 土曜集荷のご希望', mail('土曜集荷のご希望について。\n運送会社の集荷は平日のみとなります。')],
  // A question.
  ['Re: 配送日のご希望', mail('配送日のご希望について、平日のみでよろしいでしょうか。')],
  // Their own limit quoted.
  ['Re: 納品時間', mail('貴社の受け入れは午前中のみと伺っております。')],
  // A note (なお) beside the answer.
  ['Re: 見積のご依頼', mail('ご依頼のお見積りを添付いたします。\nなお、価格は税抜きのみの表示となります。')],
  // A past report.
  ['Re: サンプルのご依頼', mail('サンプルのご依頼について、前回は3個のみでした。')],
  // A limit of another clause, a time limit of an offer, a shortage told, だけ inside いただけない.
  ['Re: 帳票のご要望', mail('帳票のご要望について。\n出力は標準項目のみとなりますので、Excel側で加工していただく形になります。')],
  ['Re: キャンペーンのご相談', mail('キャンペーンのご相談ありがとうございます。\nこの条件は今週金曜日までのお申し込みに限らせていただきます。')],
  ['Re: ご注文', mail('ご希望の24本に対し、今回ご用意できるのは6本のみとなります。')],
  ['Re: 価格のご相談', mail('価格改定のご相談です。\n単価の改定をお願いできないかと考えております。')],
  // Their ask accepted: the limit is a condition of the grant.
  ['Re: 納品のご依頼', mail('納品日変更のご依頼、承知いたしました。\n納品は平日のみとなります。')],
  // A promise to consult right after.
  ['Re: ドル建てでのお支払い', mail('ドル建てでのお支払いのご希望について。\n現在、お支払いは円建てのみです。\n社内で検討のうえ、改めてご連絡いたします。')],
];
