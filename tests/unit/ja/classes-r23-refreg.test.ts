// Round 23 (refreg, Japanese): a no to exceptions closes a rule for the item the mail names — after a topic label
// (検収期間の延長：例外は設けておりません。) or after a rule declared for every client (全てのお客様に…お願いしており、例外は
// 設けておりません) — with no ask of theirs written (Z: 2 missed, Y: 1). Near misses: exceptions reported as findings, a
// cushion before the no, the same rule said of our own accord in a notice of terms.
import { describe, expect, it } from 'vitest';
import { mail, found, overlapping, type Draft } from './reply-mail';

const FLAGGED: [Draft, string][] = [
  [mail('検収期間の延長：例外は設けておりません。'), '例外は設けておりません'],
  [mail('全てのお客様に一括請求でお願いしており、例外は設けておりません。'), '例外は設けておりません'],
  [mail('納期の前倒し：特例は認めておりません。'), '特例は認めておりません'],
  [mail('すべてのお取引先様に同じ条件をお願いしており、例外は設けていません。'), '例外は設けていません'],
  [mail('返品の受付期間：例外は設けておりません。'), '例外は設けておりません'],
  [mail('どのお客様にも前払いをお願いしており、例外は認めておりません。'), '例外は認めておりません'],
  [mail('見積有効期限の延長：例外は設けておりません。'), '例外は設けておりません'],
  [mail('各お取引先様に同一の価格表を適用しており、特例は設けておりません。'), '特例は設けておりません'],
  [mail('送料の免除：例外は認めていません。'), '例外は認めていません'],
  [mail('全てのお客様に同じ保証期間を適用しており、例外は設けておりません。'), '例外は設けておりません'],
  [mail('最低ロットの変更：例外は設けておりません。'), '例外は設けておりません'],
  [mail('分納のご相談：特例は認めておりません。'), '特例は認めておりません'],
];

const CLEAN: Draft[] = [
  mail('監査の結果：例外事項はございませんでした。'),
  mail('大変恐縮ですが、全てのお客様に一括請求でお願いしており、例外は設けておりません。'),
  mail('検収期間の延長：誠に恐れ入りますが、例外は設けかねます。代わりに、検収手順の簡略化をご提案いたします。'),
  mail('検査の結果：不具合は無しでした。'),
  mail('全てのお客様に、同じ保証書をお送りしております。'),
  mail('監査報告：指摘された例外はありません。'),
  mail('あいにく、支払サイトの延長については例外を設けておりません。ご理解のほどお願い申し上げます。'),
  mail('全てのお客様に年末年始の休業日をご案内しております。'),
];

describe('r23 refreg: no exceptions after a topic label or a rule for every client', () => {
  it.each(FLAGGED)('flags %j', (d, part) => {
    expect(overlapping(found(d, 'blunt-refusal'), d, part).length).toBeGreaterThan(0);
  });
  it.each(CLEAN)('leaves %j', (d) => {
    expect(found(d, 'blunt-refusal')).toEqual([]);
  });
});
