// Round 39 (newsja39): classes of Japanese bad news a blind writer's class corpus (classes-r39 NJa) showed unread, written
// as their kinds rather than their wordings. Read by classes-r39-ja-news.test.ts; a flagged case names the sentence that
// carries the news, a clean one must raise no bad-news finding.
//   1 a line, service or delivery of ours stopped for a stretch (news.json planned-stop); near misses: a routine stop
//     (年末年始, メンテナンス, 点検), the year-end closure, none planned, a condition;
//   2 a problem of our goods told as found or as existing now (a こと clause before 確認しました, 不具合があります), goods
//     unlike the approved sample (unlike-sample); near misses: conformity confirmed, a condition, better than the sample;
//   3 an item or option left out of a delivery or a quotation (left-out); near misses: as the client asked, none left out;
//   4 near misses: a date moved at the client's request (ご要望に基づき), a third party's outage restored.
import { at, jaAoba, type MailCase } from '../mail-wrappers';

export const STOP_FLAGGED: MailCase[] = [
  at(jaAoba, '8月3日から8月21日まで、ハノイ工場の表面実装ラインを全面停止します。'),
  at(jaAoba, '2026年度下期は、九州地区への直送を一時休止いたします。'),
  at(jaAoba, '5月12日の10時から15時まで、管理コンソールを停止いたします。'),
  at(jaAoba, '来月より、信頼性試験ラボの受託試験を一時中断いたします。'),
  at(jaAoba, '10月の2週間、第2工場の生産ラインを停止いたします。'),
];
export const STOP_CLEAN: MailCase[] = [
  jaAoba('年末年始は12月29日から1月3日まで受注を停止いたします。'),
  jaAoba('12月30日はメンテナンスのためシステムを停止いたします。'),
  jaAoba('設備点検のため、7月1日は終日ラインを停止いたします。'),
  jaAoba('8月の生産ラインの停止予定はございません。'),
  jaAoba('ラインを停止した場合は、担当者よりすぐにご連絡いたします。'),
];

export const QUALITY_FLAGGED: MailCase[] = [
  at(jaAoba, 'ロット番号 RC-2604-118 の顔料分散液について、粘度が規格上限を超えていることを確認しました。'),
  at(jaAoba, 'エージェント 8.2 には、一部の端末で再起動後に保護機能が無効になる不具合があります。'),
  at(jaAoba, '量産品の色味は、承認サンプルより明らかに黄味が強くなっています。'),
  at(jaAoba, '今回のロットの光沢は、ご承認いただいた見本と異なります。'),
];
export const QUALITY_CLEAN: MailCase[] = [
  jaAoba('出荷前に、ロットごとに規格を満たしていることを確認しました。'),
  jaAoba('不具合がある場合は、弊社までご連絡ください。'),
  jaAoba('量産品の色味は、承認サンプルより安定性が向上しています。'),
  jaAoba('サンプルと異なる仕様をご希望の場合は、お知らせください。'),
  jaAoba('本製品には、不具合があった際の交換保証がございます。'),
];

export const LEFT_OUT_FLAGGED: MailCase[] = [
  at(jaAoba, '化粧水・乳液・クリームの3品目のうち、クリームは今回の納品から外れます。'),
  at(jaAoba, 'コンフォーマルコーティングのオプションは、今後のお見積りから外させていただきます。'),
];
export const LEFT_OUT_CLEAN: MailCase[] = [
  jaAoba('ご依頼のとおり、クリームは今回の納品から外しております。'),
  jaAoba('検査の対象から外れた製品はございません。'),
  jaAoba('貴社のご要望に基づき、制御基板の出荷日を5月20日から6月10日に変更いたしました。'),
  jaAoba('昨日発生した米国メーカー側のクラウド障害は、本日午前9時に復旧いたしました。'),
];
