// Round 24 (newsja), Japanese bad news sent bare, in wordings of our own (never a corpus's): a loss to the client read
// from the shape of the change — a service given less often (月2回から月1回, 毎週から隔週, 2か月ごとから半年に一度) or
// for fewer hours (9:00-18:00から10:00-17:00), a team counted smaller (3名から2名体制), a minimum raised with counts in
// brackets (1ケース（24本）から5ケース（120本）), something free now charged from a date (これまで無料で…次回ご注文分
// より1冊500円を申し受けます), a predicate written in English (12月末でEOLとなります, 来週へpostponeとなりました), goods
// left off the ship (積み残し), a notice that goes on after its list, and a cost put on the client from a date in a reply
// whose ask named another thing (a change of terms, not a refusal). Near misses: the same changes the other way (more
// often, longer hours, a lower minimum), the same news with an apology, a reason and an offer, a quote the client asked
// for, a status with nothing lost, a denied English predicate, and a cost the client asked about (the refusal's).
import { describe, expect, it } from 'vitest';
import newsJson from '../../../dictionaries/ja/news.json';
import { analyze, classTables } from './refusal-honorific-table';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-11-20' };
/** A reply: the client's mail quoted below (their ask is about splitting invoices, not about any fee). */
const INVOICE_THREAD = '\n\n-----元のメッセージ-----\n差出人: 大野\n件名: 請求書について\n請求書を部署ごとに分けて発行していただけますか。';
/** A reply to the client's question about the shipping fee itself. */
const SHIPPING_THREAD = '\n\n-----元のメッセージ-----\n差出人: 大野\n件名: 送料について\n送料を御社負担にしていただけないでしょうか。';

classTables([
  {
    name: 'r24 Japanese bad news sent bare: less service, a new charge, an English predicate, left off the ship',
    category: 'bad-news',
    context: CLIENT,
    flagged: [
      // A service given less often, or for fewer hours (the values decide, not the verb).
      ['来月より、定期点検を月2回から月1回に変更いたします。', '月2回から月1回'],
      ['4月より、店舗巡回を毎週から隔週に変更いたします。', '毎週から隔週'],
      ['消耗品の補充は、今後2か月ごとから半年に一度に変更いたします。', '2か月ごとから半年に一度'],
      ['窓口の営業時間を9:00-18:00から10:00-17:00に短縮いたします。', '9:00-18:00'],
      ['コールセンターの受付時間は、10月より平日9時～17時から平日10時～15時となります。', '10時～15時'],
      // A team counted smaller; a minimum raised, counts in brackets.
      ['サポート担当を3名から2名体制に変更いたします。', '3名から2名体制'],
      ['最低発注数量を1ケース（24本）から5ケース（120本）に引き上げます。', '1ケース（24本）から5ケース（120本）'],
      // Something free that is charged from a date.
      ['これまで無料でお付けしていた取扱説明書は、次回ご注文分より1冊500円を申し受けます。', '500円'],
      ['従来無償で対応しておりました初期設定作業は、7月以降1台あたり3,000円となります。', '3,000円'],
      // A predicate written as an English word in a Japanese sentence.
      ['本製品は12月末でEOLとなります。', 'EOL'],
      ['ご注文品の出荷は、来週へpostponeとなりました。', 'postpone'],
      ['旧料金プランは3月末でendとなります。', 'end'],
      // Goods left off the ship.
      ['予定していた本船に積み残しとなりました。次の便は7月3日出港です。', '積み残し'],
      // A notice that goes on after its list: each its own finding.
      ['v5.0リリースにて、以下の機能を廃止いたします。\n- CSV一括出力\n- 旧API\nまた、ログの保存期間を12か月から3か月に短縮いたします。', '以下の機能を廃止いたします'],
      ['v5.0リリースにて、以下の機能を廃止いたします。\n- CSV一括出力\n- 旧API\nまた、ログの保存期間を12か月から3か月に短縮いたします。', '12か月から3か月'],
      // An amount added to a charge, a cap put on a service, a visit replaced by a remote channel, a minimum set — from a date.
      ['来月から、保守料金に月額2,000円が加算されます。', '2,000円'],
      ['4月からは、技術者の派遣は年2回までとなります。', '2回まで'],
      ['営業担当の訪問は、今後オンラインでのご対応に切り替えます。', 'オンライン'],
      ['次回ご注文より、最低ご注文金額を5万円とさせていただきます。', '最低ご注文金額'],
      // Goods held back or moved to the next sailing; stock counted as none after 残り.
      ['ご注文品の出荷は見送りとなりました。', '見送り'],
      ['今回の船積みは次便に回ることとなりました。', '次便'],
      ['ご注文のフィルターは、在庫は残り0です。', '0'],
      // A cost put on the client from a date, in a reply whose ask named something else: a change of terms.
      ['ご連絡ありがとうございます。\n請求書は1契約につき1通での発行となります。\n\nまた、4月分より振込手数料はお客様のご負担となります。' + INVOICE_THREAD, '振込手数料'],
      ['ご連絡ありがとうございます。\n次回ご注文分より、梱包材の費用は貴社のご負担とさせていただきます。' + INVOICE_THREAD, '梱包材'],
    ],
    clean: [
      // The same changes the other way: more often, longer hours, a lower minimum, a bigger team.
      '来月より、定期点検を月1回から月2回に変更いたします。',
      '4月より、訪問頻度を四半期に一度から毎月に変更いたします。',
      '窓口の営業時間を10:00-17:00から9:00-18:00に延長いたします。',
      '最低発注数量を5ケース（120本）から1ケース（24本）に引き下げます。',
      'サポート担当を2名から3名体制に変更いたします。',
      // The same news with an apology, a reason and an offer.
      '誠に申し訳ございません。人員配置の見直しにより、定期訪問を毎月から四半期に一度に変更させていただきます。改めてお伺いしてご説明いたします。',
      // Free stays free; a quote the client asked for.
      'これまで無償でお送りしていたサンプルは、今後も無償でお送りいたします。',
      'ご依頼のお見積りです。4月ご注文分より1本あたり300円でのご提供が可能です。',
      // Status with nothing lost; an English predicate denied.
      'ETAに変更はございません。予定どおり11月13日着です。',
      '受付時間は平日9時〜18時です。',
      '本製品をdiscontinueする予定はございません。',
      '積み残しはなく、全量予定どおり出港いたしました。',
      // Points added, a standing minimum, a price rise called off, a sailing named, in-person service added.
      '来月から、お買い上げ1万円ごとにポイント500円分を加算いたします。',
      '最低発注数量は100個です。',
      '値上げは見送りとなりました。',
      '次の便は7月3日出港です。',
      '今後は、リモートでのご対応から訪問でのご対応に切り替えます。',
      'ご質問には何回でも無料でお答えいたします。',
    ],
  },
  {
    name: 'r24 a cost put on the client in answer to their ask about that cost is a refusal, never lost',
    category: 'blunt-refusal',
    context: CLIENT,
    flagged: [
      ['お問い合わせありがとうございます。\n8月出荷分より、送料はお客様のご負担となります。' + SHIPPING_THREAD, '送料はお客様のご負担となります'],
      ['お問い合わせありがとうございます。\n送料は、今後もお客様のご負担となります。' + SHIPPING_THREAD, 'ご負担となります'],
    ],
    clean: [
      // A new condition on another cost than the one they asked about is news, not a refusal.
      ['ご連絡ありがとうございます。\n請求書は1契約につき1通での発行となります。\n\nまた、4月分より振込手数料はお客様のご負担となります。' + INVOICE_THREAD, '振込手数料'],
    ],
  },
]);

describe('r24 news.json latinPredicates: each entry shows and refutes itself', () => {
  const entries = (newsJson as unknown as { latinPredicates: { entries: { id: string; has: string[]; hasNot: string[] }[] } }).latinPredicates.entries;
  const bad = (text: string) => analyze(text, CLIENT).some((f) => f.category === 'bad-news');
  it.each(entries.flatMap((e) => e.has.map((t) => [e.id, t] as const)))('%s flags %s', (_id, text) => expect(bad(text)).toBe(true));
  it.each(entries.flatMap((e) => e.hasNot.map((t) => [e.id, t] as const)))('%s leaves %s', (_id, text) => expect(bad(text)).toBe(false));
});
