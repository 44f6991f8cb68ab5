// Bad news as a class, in wordings of our own: price changes given as figures or percentages, a free service
// now charged, slipped dates, partial fulfilment, an end of support and a forced migration, quality problems,
// a change of contact — each flagged in a client mail with no apology, reason or offer to meet. The near misses
// stay clean: the same news with an apology, a reason or an offer to call; our own schedule kept; the client's
// change confirmed; a product introduction; the client's words quoted; a meeting moved by a third party.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { japaneseRules } from '../../../src/rules/ja';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine(japaneseRules);
const mail = (lines: string) => `株式会社ミズホ工業\n資材部 川村様\n\nいつもお世話になっております。\nサンコー精機の石原です。\n\n${lines}\n\nよろしくお願いいたします。`;
const badNews = (body: string): Finding[] =>
  engine.analyze({ body, context: { recipient: 'client', firstContact: false, now: '2025-12-01' } }).filter((f) => f.category === 'bad-news');

describe('bad news stated bluntly, in any wording', () => {
  it.each([
    '来月のご請求分より、クラウド利用料を1ユーザーあたり800円から1,000円に変更いたします。',
    '2026年度より、年間ライセンス費用を15%引き上げさせていただきます。',
    '次回ロットから単価が1個あたり12円上がります。',
    'ご発注いただいたケーブル2,000本のうち、今週お届けできるのは800本のみです。',
    'ご注文の塗料は、今月は半分しかご用意できません。',
    '納期は当初の予定より3週間ほど後ろにずれ込む見込みです。',
    'システムの稼働開始は、4月から6月に延期となりました。',
    'ご注文の部品は、入荷の目処が立っておりません。',
    '旧モデルXR-5の保守サポートは、本年12月末をもって終了いたします。',
    '現行のオンプレミス版は来年9月で提供を終了し、クラウド版へ移行していただく必要がございます。',
    '先日納品したロットの一部に、寸法不良が見つかりました。',
    'ご請求書の金額に誤りがありました。再発行いたします。',
    'お届けした製品のうち3台に破損がございました。',
    '4月より、貴社のご担当は私から後任の小林に交代いたします。',
    'これまで無償だった初期設定作業は、来月から有償となります。',
    '今後、土曜日の配送は行わないこととなりました。',
  ])('flags %s', (line) => {
    const body = mail(line);
    const f = badNews(body);
    expect(f).toHaveLength(1);
    // The finding covers the news sentence itself.
    expect(body.slice(f[0]!.start, f[0]!.end)).toBe(line.split('。')[0]);
  });
});

describe('news that is softened, or not news', () => {
  it.each([
    '原材料価格の高騰により、来月より単価を5%改定させていただきます。',
    '誠に申し訳ございませんが、出荷が1週間ほど遅れる見込みです。',
    '納期が遅れる見込みとなりました。改めてお電話にてご説明いたします。',
    '新製品XR-7の特長をご紹介いたします。',
    'ご注文の品は予定どおり12月10日に出荷いたします。',
    'ご依頼のとおり、納品日を12月20日に変更いたしました。',
    '価格は来年度も据え置きといたします。',
    '先日いただいた「納期が遅い」とのご意見、真摯に受け止めております。',
    '次回のお打ち合わせは、先方のご都合により来週に変更となりました。',
    '今回のお見積りの有効期限は発行日から30日です。',
    '弊社の夏季休業は8月13日から16日までです。',
    '不具合が発生した場合は、下記窓口までご連絡ください。',
    '在庫は十分に確保しております。',
    'ご注文数量はすべて12月10日にお届けいたします。',
    'ご指摘いただいた不具合につきまして、原因を調査しております。',
    '旧バージョンからの移行手順書を添付いたします。',
  ])('leaves %s alone', (line) => {
    expect(badNews(mail(line))).toEqual([]);
  });

  it('a colleague running late, to a colleague, is not bad news', () => {
    const body = '山田さん\n\nお疲れ様です。\n出荷が1日遅れます。\nよろしくお願いします。';
    expect(engine.analyze({ body, context: { recipient: 'internal', firstContact: false, now: '2025-12-01' } }).filter((f) => f.category === 'bad-news')).toEqual([]);
  });
});

describe('service cut, terms worsened, a minimum raised, a person leaving: stated bluntly', () => {
  it.each([
    '来月より、サポート窓口の受付時間を平日10時から16時までに短縮いたします。',
    '4月以降、電話サポートは平日午前のみの対応となります。',
    '次回のご契約更新より、お支払い条件を月末締め翌月末払いから月末締め翌月15日払いに変更いたします。',
    '来期から、最低発注数量を100個から300個に引き上げます。',
    'ご注文の最低ロットを500個といたします。',
    '担当の佐藤は今月末で退職いたします。',
    '私、今月末をもちまして退職することとなりました。',
    '送料無料の条件を1万円以上から3万円以上に変更します。',
    '保証期間を3年から1年に短縮いたします。',
    '今後、土日の緊急対応はお受けできなくなります。',
    '値引き率を10%から5%に見直します。',
    '定期訪問の回数を月2回から月1回に減らします。',
  ])('flags %s', (line) => {
    expect(badNews(mail(line))).toHaveLength(1);
  });

  it.each([
    '誠に申し訳ございませんが、来月より受付時間を短縮させていただきます。',
    '人員体制の見直しに伴い、サポート時間を平日のみとさせていただきます。詳しくは改めてご説明に伺います。',
    '来月より、サポート窓口の受付時間を平日9時から18時までに延長いたします。',
    '4月1日より、新しい担当として鈴木が加わります。',
    'お待たせする時間を短縮いたしました。',
    'ご注文の最低ロットは従来どおり100個でございます。',
    '新プランでは、より多くの機能をご利用いただけます。',
  ])('leaves %s alone', (line) => {
    expect(badNews(mail(line))).toEqual([]);
  });
});

describe('a new charge, a contract not renewed, a recall asked of the client: stated bluntly', () => {
  it.each([
    '11月出荷分より、燃料サーチャージとして1件あたり200円を頂戴いたします。',
    '来月から、時間指定の配送には追加料金をいただきます。',
    '次回のご請求より、保守点検1回につき5,000円を追加で請求させていただきます。',
    '2027年4月以降、紙の請求書の発行は1通300円を別途申し受けます。',
    '弊社は本年度末をもって、貴社との保守契約を更新しないことといたしました。',
    '来年3月をもって、貴社とのお取引を継続しないこととなりました。',
    '先月出荷した加湿器（ロット7B）は、ただちに使用を中止してください。',
    'お手元のカートリッジは、当面ご使用をお控えください。',
  ])('flags %s', (line) => {
    expect(badNews(mail(line))).toHaveLength(1);
  });

  it.each([
    '今後も追加料金は一切かかりません。',
    '時間指定をご希望の場合は、追加料金が発生いたします。',
    '誠に恐縮ですが、来月より燃料サーチャージを1件あたり200円頂戴いたします。',
    '保守契約は、来年度も同じ条件で更新いたします。',
    'ご使用を中止される場合は、解約のお手続きをお願いいたします。',
    '使用を中止する手順は、添付の資料をご覧ください。',
    '管理画面で「退職」に設定したアカウントは、以降ログインできなくなります。',
    'どちらのプランでも途中で変更が可能ですので、まずは月額プランでお試しください。',
    '異物混入対策の現状について、ヒアリングをさせていただいております。',
    'プランの変更はいつでもできます。',
  ])('leaves %s alone', (line) => {
    expect(badNews(mail(line))).toEqual([]);
  });
});

describe('a stock-out, part of an order, a cost moved to the client, a visible defect: stated bluntly', () => {
  it.each([
    'A-20は現在在庫がございません。',
    'ご注文の300個のうち、今週は100個の出荷となります。',
    'ご発注いただいた1,000本のうち、お届けできるのは600本です。',
    '次回ご注文分から送料をご負担いただくことになりました。',
    '4月以降、振込手数料は貴社ご負担とさせていただきます。',
    '今回納品分の一部に色むらがございました。',
  ])('flags %s', (line) => {
    expect(badNews(mail(line))).toHaveLength(1);
  });

  it.each([
    '在庫は十分にございます。',
    '在庫の問題はございません。',
    'ご注文の300個のうち、300個すべて本日出荷いたしました。',
    '送料は今後も弊社にて負担いたします。',
    '色むらのない仕上がりを実現しております。',
    '申し訳ございませんが、A-20は現在在庫がございません。',
  ])('leaves %s alone', (line) => {
    expect(badNews(mail(line))).toEqual([]);
  });
});

// Round 4: news told by its outcome alone — figures ending in となります, a price that can no longer be held,
// a date pushed to a later period, a longer lead time, a split delivery, a specification changed, a service
// cut off, terms of payment worsened, a quality problem found — against the same news softened or asked for.
describe('news told by its outcome alone', () => {
  it.each([
    '1月出荷分より、A-100の単価は1,200円から1,380円となります。',
    '現行価格の据え置きは困難となりました。',
    '現在の価格を維持することが難しくなりました。',
    '出荷は来月になります。',
    'ご注文品の出荷は来月上旬になる見込みです。',
    '納期は通常より3週間ほど長くなります。',
    'ご注文分は2回に分けての納品となります。',
    '今回は分納とさせていただきます。',
    '仕様が一部変更になります。',
    '3月より包装仕様を変更いたします。',
    '弊社の担当は4月より山田に変更となります。',
    '先日納品したロットに異物混入が確認されました。',
    '無料保守は本年度で打ち切らせていただきます。',
    '来期より支払サイトを60日から30日に変更させていただきます。',
    '値引きは今回で終了となります。',
  ])('flags %s', (line) => {
    expect(badNews(mail(line))).toHaveLength(1);
  });
  it.each([
    '誠に申し訳ございませんが、出荷は来月になります。',
    '出荷は明日になります。',
    '納品は12月10日になります。',
    'ご指定の通り、分納にて対応いたします。',
    '貴社のご要望に合わせて仕様を変更いたしました。',
    '来期も現行価格を据え置きいたします。',
    '部材の調達が遅れているため、納期は通常より3週間ほど長くなります。',
    '会議の開催を取りやめるかどうか検討中です。',
    '価格は1,200円から1,380円の範囲です。',
  ])('leaves %s alone', (line) => {
    expect(badNews(mail(line))).toEqual([]);
  });
});

describe('a new price, a raise told as アップ, an account handed over', () => {
  it.each([
    '2月出荷分から、キロ単価を20円アップさせていただきます。',
    '次回ご注文分より、新価格（1,380円）での納品となります。',
    '当社の営業担当は、1月より田中から鈴木に引き継ぎます。',
  ])('flags %s', (line) => {
    expect(badNews(mail(line))).toHaveLength(1);
  });
  it.each(['新価格（1,200円）は据え置きとなります。', '担当の引き継ぎ資料を添付いたします。', '配送料は無料となります。'])('leaves %s alone', (line) => {
    expect(badNews(mail(line))).toEqual([]);
  });
});
